/** HTML validity with html-validate's recommended rules, as the tests apply them. */
import { HtmlValidate } from 'html-validate';

/**
 * The recommended rules, less one: `long-title` wants titles under 70 characters, but an
 * article page's title is the publisher's headline, kept whole.
 */
export const htmlValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
});

/** Error messages for one page, as `file:line:column rule: message`. */
export async function htmlErrors(html: string, file: string): Promise<string[]> {
  const report = await htmlValidator.validateString(html, file);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
