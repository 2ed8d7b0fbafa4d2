"""mapview"""
