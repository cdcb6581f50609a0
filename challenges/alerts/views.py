"""Subscribing to alerts, confirming, managing and cancelling them, all by links in e-mails.

Every answer to a subscription looks the same, whatever the address: nobody learns
whether an address already has alerts. Addresses are never shown on these pages. The pages
behind a link with a token are personal and change with the alert, so no cache keeps them.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from challenges.alerts.filters import describe, normalised_filters
from challenges.alerts.forms import FrequencyForm, SubscribeForm
from challenges.alerts.mail import confirmation_message
from challenges.alerts.models import Alert
from portal.ratelimit import RateLimit, client_ip

PER_ADDRESS = RateLimit("alerts-address", limit=3, seconds=60 * 60)
PER_IP = RateLimit("alerts-ip", limit=10, seconds=60 * 60)


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    language = translation.get_language()
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if PER_IP.exceeded(client_ip(request)) or (
            form.is_valid() and PER_ADDRESS.exceeded(form.cleaned_data["email"])
        ):
            return message(
                request,
                _("Too many requests"),
                _("Too many alerts were asked for from here in the last hour. Please try again later."),
                status=429,
            )
        if form.is_valid():
            PER_IP.count(client_ip(request))
            PER_ADDRESS.count(form.cleaned_data["email"])
            _subscribe(form.cleaned_data)
            return redirect("alerts:check_inbox")
        filters = form.data.get("filters", "")
    else:
        filters = normalised_filters(request.GET.urlencode(), language)
        form = SubscribeForm(initial={"filters": filters, "language": language})
    return render(request, "alerts/subscribe.html", {"form": form, "filters": describe(filters, language)})


def _subscribe(data):
    filters = normalised_filters(data["filters"], data["language"])
    same = Alert.objects.filter(email=data["email"], language=data["language"], filters=filters)
    alert = same.filter(confirmed_at__isnull=True).first()
    if same.filter(confirmed_at__isnull=False).exists():
        return  # already subscribed: nothing to confirm, and nothing said about it
    if alert is None:
        alert, token = Alert.create(data["email"], data["language"], data["frequency"], filters)
    else:
        alert.frequency = data["frequency"]
        token = alert.renew_confirmation()
        alert.save()
    confirmation_message(alert, token).send()


def message(request, heading, text, status=200, link=None):
    """A short page that tells the visitor what happened."""
    return render(request, "alerts/message.html", {"heading": heading, "text": text, "link": link}, status=status)


def invalid_link(request):
    return message(
        request,
        _("This link does not work"),
        _("The link is not valid. Copy the whole address from the e-mail, or subscribe again."),
        status=404,
        link=(reverse("alerts:subscribe"), _("Subscribe to e-mail alerts")),
    )


def check_inbox(request):
    return message(
        request,
        _("Check your inbox"),
        _(
            "We have sent you an e-mail with a link to confirm your alert. The link works for 48 hours. "
            "If no e-mail arrives, check the address and try again."
        ),
    )


def link_page(view):
    """A page behind a link with a token: GET shows it, POST acts; personal, so never cached."""
    return never_cache(require_http_methods(["GET", "HEAD", "POST"])(view))


@link_page
def confirm(request, token):
    alert = Alert.for_confirm_token(token)
    if alert is None:
        return invalid_link(request)
    if alert.confirmation_expired():
        return message(
            request,
            _("This link has expired"),
            _("Confirmation links work for 48 hours. Subscribe again and we will send you a new one."),
            status=410,
            link=(reverse("alerts:subscribe") + f"?{alert.filters}", _("Subscribe again")),
        )
    if request.method == "POST" and not alert.is_confirmed:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
        return redirect("alerts:manage", token=alert.token)
    return render(request, "alerts/confirm.html", {"alert": alert, "filters": describe(alert.filters, alert.language)})


@link_page
def manage(request, token):
    alert = Alert.for_token(token)
    if alert is None:
        return invalid_link(request)
    alerts = alert.same_address().confirmed().order_by("created_at")
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "delete_all":
            alert.same_address().delete()
            return redirect("alerts:unsubscribed")
        chosen_pk = request.POST.get("alert", "")
        chosen = alerts.filter(pk=chosen_pk).first() if chosen_pk.isdigit() else None
        if chosen is None:
            raise Http404
        if action == "delete":
            chosen.delete()
            remaining = alert.same_address().confirmed().first()
            return redirect("alerts:manage", token=remaining.token) if remaining else redirect("alerts:unsubscribed")
        form = FrequencyForm(request.POST)
        if form.is_valid():
            chosen.frequency = form.cleaned_data["frequency"]
            chosen.save(update_fields=["frequency"])
        return redirect(reverse("alerts:manage", args=[token]) + "?saved=1")
    rows = [
        (item, describe(item.filters, item.language), FrequencyForm(initial={"frequency": item.frequency}))
        for item in alerts
    ]
    return render(request, "alerts/manage.html", {"rows": rows, "token": token, "saved": "saved" in request.GET})


@csrf_exempt
@link_page
def unsubscribe(request, token):
    """GET asks; POST (the button, or a mail client's one-click request, RFC 8058) deletes the alert.

    CSRF protection is off: a mail client posts without the portal's cookie, and the token
    in the address is the proof.
    """
    alert = Alert.for_token(token)
    if request.method == "POST":
        if alert is not None:
            alert.delete()
        # A mail client's one-click request wants a plain success, not a redirect.
        return unsubscribed(request, already=alert is None)
    if alert is None:
        return unsubscribed(request, already=True)
    return render(request, "alerts/unsubscribe.html", {"filters": describe(alert.filters, alert.language)})


def unsubscribed(request, already=False):
    if already:
        text = _("This alert was already cancelled. We do not send it any more.")
    else:
        text = _("Your alert is cancelled and we no longer keep your address for it.")
    return message(request, _("Unsubscribed"), text, link=(reverse("alerts:subscribe"), _("Subscribe again")))
