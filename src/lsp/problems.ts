import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';

/** Shows an error to the user with window/showMessage; the notification, not the request, since no answer is awaited. */
export function showError(connection: Connection, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
}

/**
 * Problems found while analyzing (a broken config file, options the coach
 * refuses) come back on every keystroke; each is shown once, until it changes
 * or is fixed and comes back.
 */
export class Problems {
  private readonly shown = new Map<string, string>();

  constructor(private readonly show: (message: string) => void) {}

  /** The problem now at `key`, or undefined when it is gone. */
  set(key: string, message: string | undefined): void {
    if (message === undefined) {
      this.shown.delete(key);
      return;
    }
    if (this.shown.get(key) === message) return;
    this.shown.set(key, message);
    this.show(message);
  }
}
