// The options the build hands the site (src/shared/site-options.ts).
declare module 'virtual:news-archive/options' {
  const options: import('./shared/site-options.ts').SiteOptions;
  export default options;
}
