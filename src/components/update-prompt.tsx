/** The small "updated: reload" notice shown when a new build of the wiki is ready. */
export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  return (
    <div className="update-prompt" role="status">
      <span>The wiki has been updated.</span>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
