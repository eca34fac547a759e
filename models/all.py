"""Import every mapped module so that Base.metadata knows all tables."""

from models import (  # noqa: F401
    customer,
    governance,
    privacy_erasure,
    ladder,
    rocket,
    segment,
    success,
    sync,
    team,
)
from models.base import Base

metadata = Base.metadata
