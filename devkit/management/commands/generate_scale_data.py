import argparse
import random
import time
from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils.module_loading import module_has_submodule

from devkit import scale
from portal.models import User
from portal.search import search_query


def app_parts() -> list[tuple[str, ModuleType]]:
    """The apps' parts (``devkit/scale/<app label>.py``) of the installed apps.

    In the order of ``INSTALLED_APPS``, which is the order in which they build on each
    other (portraits before the networks that show them).
    """
    return [
        (config.label, import_module(f"{scale.__name__}.{config.label}"))
        for config in apps.get_app_configs()
        if module_has_submodule(scale, config.label)
    ]


def seed_label(label: str) -> str:
    # The part's name as the first version of the generator spelled it, so that a seed
    # still gives the same data as before.
    return f"{label}.scale_data"


class Command(BaseCommand):
    help = (
        "Fill the database with generated data for the scale benchmark: portraits, FAQ "
        "entries, forum posts, organisations and networks ('small' is a tenth of 'large'). "
        "The same seed gives the same data. Refuses to run when scale data are there "
        "already, unless --replace is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=sorted(scale.SCALE_FACTORS), help="Data size.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete earlier scale data first (other data stay as they are).",
        )
        parser.add_argument("--delete", action="store_true", help="Only delete earlier scale data.")
        # For tests: any fraction of "large", and another seed.
        parser.add_argument("--factor", type=float, help=argparse.SUPPRESS)
        parser.add_argument("--seed", type=int, default=scale.SEED, help=argparse.SUPPRESS)

    def handle(self, *args, **options) -> None:
        parts = app_parts()
        modules = [module for _label, module in parts]
        present = scale.people_exist() or any(module.exists() for module in modules)
        if options["delete"]:
            self._delete(parts)
            return
        if options["factor"] is not None:
            sizes = scale.Scale.of(options["factor"])
        elif options["scale"]:
            sizes = scale.Scale.named(options["scale"])
        else:
            raise CommandError("Choose a size: --scale small or --scale large.")
        if present and not options["replace"]:
            raise CommandError(
                "This database holds scale data already. Run again with --replace to delete "
                "them first (only the generated rows are deleted)."
            )
        if present:
            self._delete(parts)
        self.stdout.write(
            f"Generating '{sizes.name}': {sizes.portraits:,} portraits, "
            f"{sizes.faq_entries:,} FAQ entries, {sizes.posts:,} posts in {sizes.topics:,} "
            f"topics, {sizes.organisations:,} organisations in {sizes.networks:,} networks, "
            f"{sizes.members:,} members (seed {options['seed']})."
        )
        started = time.monotonic()
        self._part(
            "people",
            scale.generate_people,
            sizes,
            random.Random(f"{options['seed']}:people"),
            [User],
        )
        for label, module in parts:
            rng = random.Random(f"{options['seed']}:{seed_label(label)}")
            self._part(label, module.generate, sizes, rng, module.TABLES)
        self._settle(modules)
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started:.1f} s."))
        self._report_shares(modules)

    def _part(self, label, generate, sizes, rng, tables) -> None:
        started = time.monotonic()
        with transaction.atomic():
            with connection.cursor() as cursor:
                # Big inserts into tables with GIN indexes go faster with more memory.
                cursor.execute("SET LOCAL work_mem = '64MB'")
                cursor.execute("SET LOCAL synchronous_commit = off")
            counts = generate(sizes, rng)
            # Before the commit, which runs the deferred foreign key checks of every row.
            scale.analyze(*tables)
        took = time.monotonic() - started
        summary = ", ".join(f"{count:,} {name}" for name, count in counts.items())
        self.stdout.write(f"  {label:<24} {took:7.1f} s  {summary}")

    def _delete(self, parts) -> None:
        started = time.monotonic()
        with transaction.atomic():
            for label, module in reversed(parts):
                module.delete()
                self.stdout.write(f"  deleted the scale data of {label}")
            scale.delete_people()
        self.stdout.write(f"Deleted earlier scale data in {time.monotonic() - started:.1f} s.")

    def _settle(self, modules) -> None:
        """Fresh statistics (and, outside a transaction, a vacuum) for the filled tables."""
        started = time.monotonic()
        tables = {model._meta.db_table for module in modules for model in module.TABLES}
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        with connection.cursor() as cursor:
            for table in sorted(tables):
                cursor.execute(f"{command} {connection.ops.quote_name(table)}")
        took = time.monotonic() - started
        self.stdout.write(f"  {command.lower():<24} {took:7.1f} s  {len(tables)} tables")

    def _report_shares(self, modules) -> None:
        """How many rows a search for each marker word finds (the planned shares)."""
        self.stdout.write("Share of rows a search finds:")
        for module in modules:
            for label, queryset in module.searchable().items():
                total = queryset.count()
                if not total:
                    continue
                found = []
                for key, (word, planned) in scale.SEARCH_TERMS.items():
                    matches = queryset.filter(search_vector=search_query(word)).count()
                    found.append(
                        f"{key} {word!r} {matches:,} = {100 * matches / total:.3g} % "
                        f"(planned {100 * planned:g} %)"
                    )
                self.stdout.write(f"  {label} ({total:,}): " + "; ".join(found))
