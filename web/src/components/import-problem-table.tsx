// The problems of an import, one row each with its sheet row, column and message: shared by every import
// dialog (accounts and contacts, order lines).
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export function ImportProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Table<ImportProblem>
      size="small"
      rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`}
      dataSource={[...problems]}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t('excel.result.row'), dataIndex: 'row', key: 'row', width: 80 },
        { title: t('excel.result.column'), dataIndex: 'column', key: 'column', width: 160 },
        { title: t('excel.result.message'), dataIndex: 'message', key: 'message' },
      ]}
    />
  );
}
