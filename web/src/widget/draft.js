// The draft: what the person typed, kept in localStorage so a reload or a failed submission loses
// nothing. Storage can be missing or refused (private modes, sandboxed frames, quota); the widget
// then simply works without it.
export function draftStore(key) {
  const storageKey = `loan-simulator:draft:${key}`;
  return {
    load() {
      try {
        return JSON.parse(localStorage.getItem(storageKey) ?? 'null');
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        localStorage.setItem(storageKey, JSON.stringify(draft));
      } catch {
        // Not stored; the page still works.
      }
    },
    clear() {
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // Nothing to clear.
      }
    },
  };
}
