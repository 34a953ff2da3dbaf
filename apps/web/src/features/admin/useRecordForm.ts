import { useState } from 'react';

/**
 * The state of an add-or-edit dialog over one record: open or not, the draft, and the version the
 * admin began from. Opening starts from the record as saved; after a stale save, `applyLatest` puts
 * the version someone else saved in the form and makes it the base of the next save.
 */
export function useRecordForm<Rec extends { version: number }, Draft>(
  record: Rec | null,
  draftOf: (record: Rec | null) => Draft,
) {
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(record));
  const [base, setBase] = useState(record?.version ?? 0);
  const [reloaded, setReloaded] = useState(false);

  /** Opening resets the draft; `onOpen` resets what the form keeps besides (its errors). */
  const openChange = (open: boolean, onOpen: () => void) => {
    setOpen(open);
    if (!open) return;
    setDraft(draftOf(record));
    setBase(record?.version ?? 0);
    setReloaded(false);
    onOpen();
  };

  const applyLatest = (latest: Rec) => {
    setDraft(draftOf(latest));
    setBase(latest.version);
    setReloaded(true);
  };

  return { isOpen, setOpen, draft, setDraft, base, reloaded, openChange, applyLatest };
}
