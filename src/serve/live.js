// Live reload for `polku serve` (never part of a built site): reloads the page after a
// successful rebuild and shows a failed build's messages over the last good page.
(() => {
  const events = new EventSource('/__polku/events');
  let overlay = null;

  function clear() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show({ title: heading, note: lead, close: closeLabel, messages }) {
    clear();
    overlay = document.createElement('section');
    overlay.id = 'polku-build-errors';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'polku-build-errors-title');
    Object.assign(overlay.style, {
      position: 'fixed', inset: '0 0 auto 0', maxHeight: '70vh', overflow: 'auto', zIndex: '2147483647',
      background: '#fff', color: '#1a1a1a', borderBottom: '4px solid #b00020',
      padding: '1rem', font: '16px/1.5 system-ui, sans-serif', boxShadow: '0 4px 16px rgba(0,0,0,.3)',
    });
    const title = document.createElement('h2');
    title.id = 'polku-build-errors-title';
    title.textContent = heading;
    const note = document.createElement('p');
    note.textContent = lead;
    const list = document.createElement('pre');
    list.textContent = messages.join('\n');
    Object.assign(list.style, { whiteSpace: 'pre-wrap', font: '14px/1.4 ui-monospace, monospace', color: '#8a0016' });
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = closeLabel;
    close.addEventListener('click', clear);
    overlay.append(title, note, list, close);
    document.body.prepend(overlay);
  }

  events.addEventListener('reload', () => location.reload());
  events.addEventListener('ready', () => {
    clear();
    // Tells tests (and the curious) that the page listens for rebuilds.
    document.documentElement.dataset.polkuLive = 'ready';
  });
  events.addEventListener('broken', (event) => show(JSON.parse(event.data)));
})();
