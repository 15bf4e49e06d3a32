/** What closing a socket needs of it (a `ws` WebSocket has it). */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** The sign-in behind a socket. */
export interface SocketOwner {
  userId: string;
  sessionId: string;
}

/** This process's open WebSockets by the sign-in behind them, so that an ended session can close its own. */
export class LiveSockets<S extends ClosableSocket = ClosableSocket> {
  private readonly owners = new Map<S, SocketOwner>();
  private readonly byUser = new Map<string, Set<S>>();

  add(socket: S, owner: SocketOwner): void {
    this.remove(socket);
    this.owners.set(socket, { userId: owner.userId, sessionId: owner.sessionId });
    const sockets = this.byUser.get(owner.userId) ?? new Set<S>();
    sockets.add(socket);
    this.byUser.set(owner.userId, sockets);
  }

  remove(socket: S): void {
    const owner = this.owners.get(socket);
    if (!owner) return;
    this.owners.delete(socket);
    const sockets = this.byUser.get(owner.userId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byUser.delete(owner.userId);
  }

  /** Closes those of the user's sockets whose sign-in `ended` picks; answers how many. */
  close(userId: string, ended: (owner: SocketOwner) => boolean, code: number, reason: string): number {
    let closed = 0;
    for (const socket of [...(this.byUser.get(userId) ?? [])]) {
      const owner = this.owners.get(socket);
      if (!owner || !ended(owner)) continue;
      this.remove(socket);
      socket.close(code, reason);
      closed++;
    }
    return closed;
  }

  /** The sign-ins behind this process's open sockets. */
  sessionIds(): string[] {
    return [...new Set([...this.owners.values()].map((owner) => owner.sessionId))];
  }

  /** Closes every socket of that sign-in; answers how many. */
  closeSession(sessionId: string, code: number, reason: string): number {
    let closed = 0;
    for (const [socket, owner] of [...this.owners]) {
      if (owner.sessionId !== sessionId) continue;
      this.remove(socket);
      socket.close(code, reason);
      closed++;
    }
    return closed;
  }
}
