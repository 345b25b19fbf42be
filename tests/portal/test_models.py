import pytest
from django.db import IntegrityError

from portal.models import Region, User
from portal.regions_data import DISTRICTS, LAENDER

pytestmark = pytest.mark.django_db


def test_all_sixteen_laender_and_all_400_districts_ship_with_their_keys():
    assert Region.objects.laender().count() == 16
    assert Region.objects.districts().count() == 400
    demo_keys = {ags for ags, _name, _kind in DISTRICTS}
    assert demo_keys <= set(Region.objects.districts().values_list("ags", flat=True))
    erfurt = Region.objects.get(ags="16051")
    assert erfurt.land.name == "Thüringen"
    assert {ags for ags, _ in LAENDER} == set(
        Region.objects.laender().values_list("ags", flat=True)
    )


def test_every_district_belongs_to_the_land_its_key_names():
    for district in Region.objects.districts().select_related("land"):
        assert district.ags[:2] == district.land.ags, district


def test_region_key_format_is_enforced_by_the_database():
    with pytest.raises(IntegrityError):
        Region.objects.create(ags="1", name="Falsch", kind=Region.Kind.LAND)


def test_a_district_needs_a_land():
    with pytest.raises(IntegrityError):
        Region.objects.create(ags="16099", name="Ohne Land", kind=Region.Kind.KREIS)


def test_email_is_unique_regardless_of_case():
    User.objects.create_user("Gross@Example.org", "Passwort-123456")
    with pytest.raises(IntegrityError):
        User.objects.create_user("gross@example.org", "Passwort-123456")


def test_roles_exist_as_groups():
    from django.contrib.auth.models import Group

    assert set(Group.objects.values_list("name", flat=True)) >= {"Redaktion", "Moderation"}


def test_user_shows_display_name_or_email():
    assert str(User(email="a@example.org")) == "a@example.org"
    assert str(User(email="a@example.org", display_name="Ana")) == "Ana"
