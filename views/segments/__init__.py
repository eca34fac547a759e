"""Views of segmentations: a customer's placements and the segmentations dialog."""
