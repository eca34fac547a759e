"""Import every mapped module so that Base.metadata knows all tables."""

from models import (  # noqa: F401
    customer,
    ladder,
    rocket,
    team,
)
from models.base import Base

metadata = Base.metadata
