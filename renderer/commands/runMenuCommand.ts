import { COMMANDS, type CommandContext, isEnabled } from './commands';
import { isEditingText } from './shortcut';

/**
 * Runs a command the desktop app's menu sent. In a text field, Undo and Redo stay the field's own (what the
 * Edit menu's undo/redo roles do); elsewhere they undo and redo changes to the case.
 */
export function runMenuCommand(commandId: string, context: CommandContext, focused = document.activeElement): void {
  const command = COMMANDS.find((candidate) => candidate.id === commandId);
  if (!command) return;
  if ((command.id === 'edit.undo' || command.id === 'edit.redo') && isEditingText(focused)) {
    document.execCommand(command.id === 'edit.undo' ? 'undo' : 'redo');
    return;
  }
  if (isEnabled(command, context)) void command.run(context);
}
