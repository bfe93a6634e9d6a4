// "name（code）" in Chinese, "name (code)" in English: how a record and its code are shown in pickers.
export function withCode(name: string, code: string, lang: string): string {
  return lang === 'en' ? `${name} (${code})` : `${name}（${code}）`;
}
