import type { Browser, Page } from 'playwright-core';
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare const SCREENSHOT_PATH: string;
export declare const VIEWPORT: { width: number; height: number };
export declare function launchChromium(): Promise<Browser>;
export declare function screenshotPlayground(page: Page, baseUrl: string, path?: string): Promise<string>;
