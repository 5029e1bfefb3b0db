/**
 * `/cite/styles/<name>.csl`: the official CSL styles the cite panel formats MLA and Chicago
 * citations with (CC BY-SA 3.0, by the Citation Style Language project), published from the
 * configured folder (`citationStyles`) when they are there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { styleFiles } from '../../../data/citation.ts';

export const getStaticPaths = (() =>
  [...styleFiles()].map(([style, xml]) => ({ params: { style }, props: { xml } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'Content-Type': 'application/vnd.citationstyles.style+xml' } });
