"""The facet form's checkboxes (search/includes/facets.html, `{% facet_options %}`)."""

from search.results import FacetResult, FacetValue
from search.templatetags.search_tags import facet_options


def test_each_value_is_a_labelled_checkbox_escaped_and_numbered_within_its_facet():
    facet = FacetResult(
        name="theme",
        label="Theme",
        values=[
            FacetValue('x"><script>', "<b>Water</b> & ice", 3, False),
            FacetValue("energy", "Energy", 12, True),
        ],
    )
    html = facet_options(facet)
    assert html.count("<li>") == 2
    assert '<input type="checkbox" id="facet-theme-1" name="theme" value="x&quot;&gt;&lt;script&gt;">' in html
    assert '<label for="facet-theme-1">&lt;b&gt;Water&lt;/b&gt; &amp; ice <span class="facet__count">(3)</span>' in html
    assert '<input type="checkbox" id="facet-theme-2" name="theme" value="energy" checked>' in html
    assert "<script>" not in html
