// [VAL-3] the four cross-sell patterns and the volume-spread layers, as prompts while filling the grid.
import { BulbOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CROSS_SELL_PATTERNS } from '../../../../../../src/core/value/whitespace-grid.ts';
import { coreText } from '../../../../lib/core-messages.ts';

export function CrossSellHints() {
  const { t, i18n } = useTranslation();
  return (
    <Card
      size="small"
      title={
        <span>
          <BulbOutlined style={{ color: '#faad14' }} /> {t('whitespace.patternsTitle')}
        </span>
      }
    >
      <Row gutter={[16, 8]}>
        {CROSS_SELL_PATTERNS.map((pattern) => (
          <Col xs={24} md={12} xl={6} key={pattern}>
            <Typography.Text strong>
              {coreText(`whitespace.pattern.${pattern}`, i18n.language)}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 13 }}>
              {coreText(`whitespace.pattern.${pattern}.hint`, i18n.language)}
            </Typography.Paragraph>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
        {t('whitespace.spreadLayers')}
      </Typography.Paragraph>
    </Card>
  );
}
