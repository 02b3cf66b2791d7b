// AI chat: stream the answer as it is generated (POST /api/chat/stream, server-sent events), with a
// stop button; copy an answer; send with Ctrl+Enter. When the answer is complete the page reloads the
// conversation, which the server has already saved, so the thread shows it rendered as Markdown.
(function () {
    var config = null; // looked up per question: Faces ajax updates replace it with the current conversation's
    var streaming = false;

    function bubble(live, cls, who, text) {
        var box = document.createElement('div');
        box.className = 'ai-message ' + cls;
        var label = document.createElement('div');
        label.className = 'ai-who';
        label.textContent = who;
        var body = document.createElement('div');
        body.className = 'ai-text' + (cls === 'ai-assistant' ? ' ai-live-answer' : '');
        body.textContent = text;
        box.appendChild(label);
        box.appendChild(body);
        live.appendChild(box);
        return body;
    }

    function openConversation(id) {
        window.location.href = config.getAttribute('data-page') + (id ? '?c=' + encodeURIComponent(id) : '');
    }

    function stream(question) {
        var live = document.getElementById('ai-live');
        var stop = document.getElementById('ai-stop');
        var body = {message: question};
        var conversation = config.getAttribute('data-conversation');
        var customer = config.getAttribute('data-customer');
        if (conversation) {
            body.conversation_id = conversation;
        }
        if (customer) {
            body.customer_id = Number(customer);
        }
        streaming = true;
        bubble(live, 'ai-user', config.getAttribute('data-you'), question);
        var answer = bubble(live, 'ai-assistant', config.getAttribute('data-ai'), '');
        stop.hidden = false;
        stop.onclick = function () {
            if (conversation) {
                fetch(config.getAttribute('data-stop-url') + encodeURIComponent(conversation) + '/stop',
                    {method: 'POST', credentials: 'same-origin'});
            }
        };
        fetch(config.getAttribute('data-url'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'text/event-stream'},
            body: JSON.stringify(body)
        }).then(function (response) {
            if (!response.ok || !response.body) {
                return response.json().then(function (problem) {
                    answer.textContent = problem.detail || problem.title;
                    stop.hidden = true;
                    streaming = false;
                });
            }
            var reader = response.body.getReader();
            var decoder = new TextDecoder();
            var buffer = '';
            function handle(block) {
                var name = null;
                var data = null;
                block.split('\n').forEach(function (line) {
                    if (line.indexOf('event:') === 0) {
                        name = line.substring(6).trim();
                    } else if (line.indexOf('data:') === 0) {
                        data = JSON.parse(line.substring(5));
                    }
                });
                if (name === 'start') {
                    conversation = data.conversation_id;
                } else if (name === 'delta') {
                    answer.textContent += data.text;
                } else if (name === 'done' || name === 'error') {
                    openConversation(data.conversation_id || conversation);
                }
            }
            function pump() {
                return reader.read().then(function (chunk) {
                    if (chunk.done) {
                        return;
                    }
                    buffer += decoder.decode(chunk.value, {stream: true});
                    var end;
                    while ((end = buffer.indexOf('\n\n')) >= 0) {
                        handle(buffer.substring(0, end));
                        buffer = buffer.substring(end + 2);
                    }
                    return pump();
                });
            }
            return pump();
        });
    }

    // Capture phase: runs before the Faces button's own handler, which then does not run.
    document.addEventListener('click', function (event) {
        var send = event.target.closest('.ai-send');
        config = document.getElementById('ai-stream');
        var question = document.querySelector('.ai-question');
        if (!send || !config || !window.fetch || !window.TextDecoder || !question || !question.value.trim()) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        if (!streaming) {
            var text = question.value.trim();
            question.value = '';
            stream(text);
        }
    }, true);

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
})();
