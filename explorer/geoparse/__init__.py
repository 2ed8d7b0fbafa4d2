"""geoparse"""
