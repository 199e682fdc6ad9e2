/** The page has no one-file map beside it (the dev server, or a dist/ copied without it): nothing to export from. */
export class OneFileMissing extends Error {
  constructor() {
    super('mianyang-map.html is not beside this page');
    this.name = 'OneFileMissing';
  }
}
