"""Import every mapped module so that Base.metadata knows all tables."""

from models import (  # noqa: F401
    customer,
    governance,
    ladder,
    privacy,
    privacy_erasure,
    rocket,
    segment,
    success,
    sync,
    team,
)
from models.base import Base

metadata = Base.metadata
