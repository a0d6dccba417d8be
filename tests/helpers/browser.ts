import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers run as root), and nothing that reaches the network on its own. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `找不到 Chromium（${chromiumPath}）。在 Debian 上运行：apt-get install -y chromium fonts-noto-cjk，或用 CHROMIUM_PATH 指定。`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}
