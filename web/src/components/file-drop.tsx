// The upload zone of every import dialog (accounts and contacts, order lines, target sheets): one file, dropped
// or chosen, refused up front when its extension or size is wrong, then sent; the dialog shows what comes back.
// A refused file and a failed upload reach `onFailure` as one translated line (errorText: the server's message
// and the fields it names).
import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/error-text.ts';

/** What each extension adds to the file chooser's `accept`. */
const ACCEPT: Record<FileExtension, string> = {
  '.xlsx': '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': '.csv,text/csv',
};

export type FileExtension = '.xlsx' | '.csv';

export interface FileDropProps<T> {
  extensions: readonly FileExtension[];
  maxBytes: number;
  /** An upload is under way: the zone is disabled and says so. */
  pending: boolean;
  dropHint: string;
  /** Shown under the drop hint (the size limit, say). */
  hint?: string;
  /** The message for a file of another type. */
  wrongType: string;
  /** Sends the file; its result goes to `onResult`, its error to `onFailure`. */
  send: (file: File) => Promise<T>;
  /** A new file was chosen: clear the last result. */
  onStart: () => void;
  onResult: (result: T) => void;
  onFailure: (text: string) => void;
  testId?: string;
}

export function FileDrop<T>(props: FileDropProps<T>) {
  const { t } = useTranslation();
  const { extensions, maxBytes, onFailure } = props;
  return (
    <Upload.Dragger
      accept={extensions.map((extension) => ACCEPT[extension]).join(',')}
      maxCount={1}
      showUploadList={false}
      disabled={props.pending}
      beforeUpload={(file) => {
        props.onStart();
        const name = file.name.toLowerCase();
        if (!extensions.some((extension) => name.endsWith(extension))) {
          onFailure(props.wrongType);
          return Upload.LIST_IGNORE;
        }
        if (file.size > maxBytes) {
          onFailure(t('excel.tooLarge', { mb: maxBytes / 1024 / 1024 }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        if (!(file instanceof File)) return;
        props.send(file).then(
          (result) => {
            props.onResult(result);
            onSuccess?.(result);
          },
          (error: unknown) => {
            onFailure(errorText(error));
            onError?.(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }}
      data-testid={props.testId}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{props.pending ? t('excel.uploading') : props.dropHint}</p>
      {props.hint ? <p className="ant-upload-hint">{props.hint}</p> : null}
    </Upload.Dragger>
  );
}
