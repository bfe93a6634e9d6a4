// i18next set-up: zh-CN by default, English on the header switch; the choice is kept in localStorage.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type UiLang = 'zh-CN' | 'en';

const STORAGE_KEY = 'kd_lang';

function storedLang(): UiLang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applySideEffects(lang: UiLang): void {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
}

export const i18n = i18next.createInstance();

const initialLang = storedLang();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLang,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applySideEffects(initialLang);

/** Switches the UI language and remembers it for the next visit. */
export async function setLanguage(lang: UiLang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the switch still applies to this visit.
  }
  applySideEffects(lang);
  await i18n.changeLanguage(lang);
}

/** The current UI language as one of the two supported codes. */
export function currentLang(): UiLang {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
