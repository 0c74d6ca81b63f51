// Deleting a saved interview from home: which one (src/session/delete.ts), then a question that
// starts on keeping it (kept: back to home). Esc on the question goes back to the list, on the
// list back to home; the confirmed interview is reported upward for the root to delete.
//
//   Which interview should be deleted?
//   ❯ Acme Robotics, Senior Backend Engineer (acme-robotics-senior-backend-engineer)
//   Delete Acme Robotics, ...? This cannot be undone.
//   ❯ Keep it
//     Delete it
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { Interview } from '../model/types.js';
import { deleteChoices, deleteConfirmation, deleteMessages } from '../session/index.js';
import { ChoiceInput } from './choice-input.js';
import { KeyHints } from './components/key-hints.js';
import { useKeys } from './keys/use-keys.js';
import { hints, title } from './messages.js';
import { SelectInput } from './select/select-input.js';

export interface DeleteScreenProps {
  readonly interviews: readonly Interview[];
  readonly rows: number;
  readonly isActive: boolean;
  readonly onDelete: (interview: Interview) => void;
  readonly onCancel: () => void;
}

export function DeleteScreen({ interviews, rows, isActive, onDelete, onCancel }: DeleteScreenProps) {
  const [picked, setPicked] = useState<Interview | null>(null);
  useKeys(
    (_input, key) => {
      if (!key.escape) return;
      if (picked === null) onCancel();
      else setPicked(null);
    },
    { isActive },
  );
  const confirm = picked === null ? null : deleteConfirmation(picked, interviews);
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Box marginTop={1}>
        <Text wrap="wrap">{confirm === null ? deleteMessages.which : confirm.question}</Text>
      </Box>
      {confirm === null ? (
        <SelectInput
          options={deleteChoices(interviews)}
          visibleOptionCount={Math.max(3, rows - 6)}
          isActive={isActive}
          onChange={(id) => setPicked(interviews.find((interview) => interview.id === id) ?? null)}
        />
      ) : (
        <ChoiceInput
          options={confirm.options}
          defaultValue="no"
          isActive={isActive}
          onSubmit={(value) => (value === 'yes' ? onDelete(picked!) : onCancel())}
        />
      )}
      <Box marginTop={1}>
        <KeyHints hints={hints.delete} />
      </Box>
    </Box>
  );
}
