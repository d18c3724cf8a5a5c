"""An edit to the value a weight or bias has already is no edit: no undo step, the project
not marked changed."""


def test_setting_a_weight_or_bias_to_its_own_value_is_no_edit():
    """Enter in the bias field on the value it showed marked the project changed (tester)."""
    from engine.session import Session

    session = Session()
    assert not session.undo_history.can_undo()
    b = float(session.network.biases[0][0])
    w = float(session.network.weights[0][0, 1])
    session.set_bias(1, 0, b)
    session.set_weight(1, 0, 1, w)
    assert not session.undo_history.can_undo()
    session.set_bias(1, 0, b + 1)
    assert session.undo_history.can_undo() and session.undo_history.count() == 1
