# ends with an uncaught user exception raised from another (chained)
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + repr(key)) from e
def configure():
    settings = {"host": "localhost", "port": 8080}
    print("host", load(settings, "host"))
    print("port", load(settings, "port"))
    print("user", load(settings, "user"))
configure()
