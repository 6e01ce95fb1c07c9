/**
 * One vocabulary for end-to-end scenarios, implemented for Chromium
 * (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi), so a
 * scenario is written once and runs in both. Elements are named by CSS
 * selectors (see `selectorFor` in ../e2e.ts for text matches).
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  readonly browserName: BrowserName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Makes its tab the active one (background tabs get their timers throttled). */
  bringToFront(): Promise<void>;
  /** The document's current URL (after history.pushState too). */
  url(): Promise<string>;
  /** Runs `fn` in the page's own world; `fn` must be self-contained (it is serialised). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<unknown>;
  /** Waits for the element to be visible, then clicks it like a user. */
  click(selector: string): Promise<void>;
  /** Replaces the text of an input or textarea, typing like a user. */
  fill(selector: string, text: string): Promise<void>;
  press(selector: string, key: 'Enter' | 'Escape' | 'Tab'): Promise<void>;
  /** Gives a file input a file, as the user's file picker would. */
  upload(selector: string, file: { name: string; content: string }): Promise<void>;
  /** Chooses the option with this value in a <select>. */
  select(selector: string, value: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  readonly browserName: BrowserName;
  /** A new tab showing `url`, loaded. */
  openPage(url: string): Promise<TestPage>;
  /** An extension page for a tab in a new tab: `openExtensionPage('popup.html', tabId)` opens `popup.html?tabId=N`. */
  openExtensionPage(path: `${string}.html`, tabId: number): Promise<TestPage>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: TestPage): Promise<number>;
  /** The text of the file the page saves when `selector` is clicked. */
  downloadText(page: TestPage, selector: string): Promise<string>;
  /** Every URL requested in this session that the harness could observe. */
  requests(): string[];
  /** Requests that left the machine (anything not on 127.0.0.1 or the browser's own schemes). */
  externalRequests(): string[];
  /**
   * Installs the built extension again over the running one, as the browser
   * does with an update (Firefox only: WebDriver BiDi's webExtension.install;
   * Chromium needs DevTools flags at launch, see tests/e2e/extension-update.test.ts).
   */
  installUpdate?(): Promise<void>;
  /** Uncaught errors (and Claimlens' own console warnings) from the extension's scripts. */
  extensionErrors(): string[];
  close(): Promise<void>;
}
