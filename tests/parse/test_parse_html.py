from paperchase.parse.html import html_to_text


def test_script_style_dropped_blocks_and_entities() -> None:
    html = ("<html><head><title>t</title><style>p {color:red}</style></head><body>"
            "<script>document.write('evil')</script><p>Добрый&nbsp;день &amp; привет</p>"
            "<div>Вторая строка<br>третья</div><table><tr><td>a</td><td>b</td></tr></table>"
            "<img src='http://tracker.example/x.gif'></body></html>")
    text = html_to_text(html)
    assert "evil" not in text and "color" not in text
    assert "Добрый день & привет" in text
    assert "Вторая строка\nтретья" in text
    assert "a\tb" in text
    assert "tracker" not in text


def test_broken_html_never_raises() -> None:
    assert "text" in html_to_text("<p>text<div <<<< </b></table>&#xZZZ; <!-- unclosed")
