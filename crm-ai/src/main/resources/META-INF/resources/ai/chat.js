// AI chat: copy an answer to the clipboard, and send the question with Ctrl+Enter (or Cmd+Enter).
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
        return;
    }
    var answer = document.getElementById(button.getAttribute('data-copy'));
    if (answer && navigator.clipboard) {
        navigator.clipboard.writeText(answer.innerText).then(function () {
            button.setAttribute('title', button.getAttribute('data-copied'));
        });
    }
});
document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.classList.contains('ai-question')) {
        event.preventDefault();
        var send = document.querySelector('.ai-send');
        if (send && !send.disabled) {
            send.click();
        }
    }
});
