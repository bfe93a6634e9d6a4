// 中文 / EN switch; the choice is stored in localStorage and sent as Accept-Language from then on.

import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type UiLang } from '../i18n/i18n.ts';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Segmented<UiLang>
      size="small"
      aria-label={t('shell.language')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(lang) => {
        void setLanguage(lang).then(() => queryClient.invalidateQueries());
      }}
    />
  );
}
