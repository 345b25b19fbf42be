# The contrib extensions the search uses: trigram similarity and accent folding.
# Both are trusted extensions (PostgreSQL 13+), so the database's owner may create them;
# the system check portal.E006 names them when the server does not have them at all.
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal", "0005_security_events")]

    operations = [TrigramExtension(), UnaccentExtension()]
