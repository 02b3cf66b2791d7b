/* The phone-width drawer: the menu button opens it; the scrim, Escape or a link close it. */
(function () {
    var body = document.body;
    var toggle = document.getElementById('menu-toggle');
    var scrim = document.getElementById('scrim');
    if (!toggle) {
        return;
    }
    function setOpen(open) {
        body.classList.toggle('menu-open', open);
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
        setOpen(!body.classList.contains('menu-open'));
    });
    if (scrim) {
        scrim.addEventListener('click', function () { setOpen(false); });
    }
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            setOpen(false);
        }
    });
})();
