"""Sign-in protection: lockout after repeated failures, password rules, cookies in production."""

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from tests.support.management import GOOD_SECRET, manage

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def test_five_failed_sign_ins_lock_the_account_with_a_clear_message(client, settings):
    User.objects.create_user("editor", "editor@scic.example", "the-right-passphrase-42")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(LOGIN, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200
    response = client.post(LOGIN, {"username": "editor", "password": "wrong"})
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    # Even the right password is refused until the lockout ends.
    response = client.post(LOGIN, {"username": "editor", "password": "the-right-passphrase-42"})
    assert response.status_code == 429


def test_lockout_message_is_translated(client, settings):
    User.objects.create_user("editor", "editor@scic.example", "the-right-passphrase-42")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(LOGIN, {"username": "editor", "password": "wrong"}, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 429
    with translation.override("fi"):
        finnish = translation.gettext("Too many failed sign-ins")
    assert finnish != "Too many failed sign-ins"
    assert finnish in response.content.decode()


def test_successful_sign_in_resets_the_count(client, settings):
    User.objects.create_user("editor", "editor@scic.example", "the-right-passphrase-42")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(LOGIN, {"username": "editor", "password": "wrong"})
    assert client.post(LOGIN, {"username": "editor", "password": "the-right-passphrase-42"}).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(LOGIN, {"username": "editor", "password": "wrong"}).status_code == 200


@pytest.mark.parametrize("password", ["12345678", "password", "short", "editor-scic"])
def test_weak_passwords_are_refused(password):
    user = User(username="editor-scic", email="editor-scic@scic.example")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_production_cookies_are_secure():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SESSION_COOKIE_HTTPONLY, s.LANGUAGE_COOKIE_SECURE, s.SESSION_COOKIE_AGE)",
        settings="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-5:] == ["True", "True", "True", "True", str(12 * 3600)]
