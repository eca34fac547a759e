"""Import every mapped module so that Base.metadata knows all tables."""

from models import customer, team  # noqa: F401
from models import ladder  # noqa: F401
from models.base import Base

metadata = Base.metadata
