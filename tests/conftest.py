import pytest

from tests import factories


@pytest.fixture
def user(db):
    return factories.UserFactory()


@pytest.fixture
def editor(db):
    return factories.EditorFactory()


@pytest.fixture
def moderator(db):
    return factories.ModeratorFactory()


@pytest.fixture
def staff(db):
    return factories.StaffFactory()


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def mail_after_commit(django_capture_on_commit_callbacks, mailoutbox):
    """Run the after-commit mail tasks of the block and return the outbox.

    Test transactions never commit, so the callbacks that a commit would run are
    captured and run explicitly: the same path a real request takes.
    """

    class Runner:
        outbox = mailoutbox

        def __call__(self):
            return django_capture_on_commit_callbacks(execute=True)

    return Runner()
