def load_all():
    return None
