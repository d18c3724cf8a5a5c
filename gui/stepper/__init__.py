"""The backpropagation stepper: the notes' algorithm stage by stage, on the canvas and as
mathematics, for a chosen sample or a small mini-batch."""
