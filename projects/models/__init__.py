"""Project portraits, their editorial review, and the editors' articles."""

from projects.models.articles import Article, ArticleQuerySet, article_image_path
from projects.models.portraits import (
    FormerSlug,
    FundingProgramme,
    Project,
    ProjectImage,
    ProjectQuerySet,
    SponsorKind,
    project_image_path,
)
from projects.models.review import (
    PortraitSection,
    ProjectRevision,
    ProjectRevisionQuerySet,
    ReviewDecision,
)

__all__ = [
    "Article",
    "ArticleQuerySet",
    "FormerSlug",
    "FundingProgramme",
    "PortraitSection",
    "Project",
    "ProjectImage",
    "ProjectQuerySet",
    "ProjectRevision",
    "ProjectRevisionQuerySet",
    "ReviewDecision",
    "SponsorKind",
    "article_image_path",
    "project_image_path",
]
