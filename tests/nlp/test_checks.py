"""Checks (SPEC section 6): parts that exceed their total, and figures that conflict across sources.

Every article here is written for these tests; each case names the reading it stands for. Positive cases
must raise the check on the right figures; negative cases are near misses that must stay silent.
"""
from __future__ import annotations

import pytest

from warta.nlp.check_figures import _points_at_account


def _checks(analyze, body: str, kind: str) -> list[list[str]]:
    """The figures (span texts) of every check of ``kind`` in an article with ``body``."""
    record = analyze(f"title: Berita uji\ndate: 2025-03-10\n\n{body}")
    text = record["text"]
    return [[text[s:e] for s, e in c["spans"]] for c in record["checks"] if c["kind"] == kind]


# ------------------------------------------------------------------------------------ parts_exceed_total


@pytest.mark.parametrize(
    "body,figures",
    [
        (  # "Rinciannya": elliptic parts count what the first part counts ("empat [orang] di ...")
            ("Tim gabungan mengamankan 12 orang dalam razia di Kota Malang pada Sabtu malam. Kepala Polresta "
             "Malang, Budi Santoso, mengatakan razia digelar serentak di tiga kecamatan. Rinciannya, tujuh "
             "orang di Kecamatan Batu, empat di Kecamatan Lowokwaru, dan tiga di Kecamatan Klojen."),
            ["12 orang", "tujuh orang", "empat", "tiga"],
        ),
        (  # a total of two things ("roket dan mortir") broken down into both
            ("Militer melaporkan 50 roket dan mortir ditembakkan ke pangkalan itu semalam. Jumlah itu "
             "terdiri atas 35 roket dan 20 mortir."),
            ["50 roket", "35 roket", "20 mortir"],
        ),
        (  # kinds of people make up a count of people; "di antaranya" after the total
            "Kapal itu mengangkut 60 penumpang, di antaranya 40 pria dewasa, 15 perempuan, dan 9 anak-anak.",
            ["60 penumpang", "40 pria", "15 perempuan", "9 anak-anak"],
        ),
        (  # "N di antaranya": the first part stands before the cue
            ("Aparat menahan 45 orang dalam kericuhan itu. Sebanyak 30 di antaranya buruh pabrik, sedangkan "
             "20 lainnya warga sekitar."),
            ["45 orang", "30", "20"],
        ),
        (  # a figure right after "di antaranya": the one before the cue is the total, not a part
            "Polisi menangkap 93 orang di antaranya 61 mahasiswa dan 40 pelajar.",
            ["93 orang", "61 mahasiswa", "40 pelajar"],
        ),
        (  # a sentence that opens with "Dari <total> ..." breaks that total down
            ("Dari 40 sekolah yang rusak tersebut, 25 sekolah sudah diperbaiki, sementara 18 lainnya belum "
             "tersentuh bantuan."),
            ["40 sekolah", "25 sekolah", "18"],
        ),
        (  # "yakni" lists the parts; people of several kinds make up "orang"
            ("Penyidik mengamankan sembilan orang dalam operasi itu, yakni empat pejabat dinas, tiga pihak "
             "swasta, serta tiga orang sopir."),
            ["sembilan orang", "empat pejabat", "tiga pihak", "tiga orang"],
        ),
        (  # "masing-masing" after a toll of militants
            ("Militer menyebut sebanyak 19 militan tewas dalam operasi itu, masing-masing 11 orang di Bannu dan "
             "10 orang di Lakki Marwat."),
            ["19 militan", "11 orang", "10 orang"],
        ),
    ],
)
def test_parts_exceed_total(analyze, body, figures):
    assert _checks(analyze, body, "parts_exceed_total") == [figures]


@pytest.mark.parametrize(
    "body",
    [
        # parts below the total: the rest is simply not accounted for
        "Polisi menangkap 20 orang. Dari jumlah tersebut, 12 orang dibebaskan dan 5 lainnya masih diperiksa.",
        # parts of another kind than every figure before them
        "Banjir merendam 300 rumah di lima desa, di antaranya 120 hektare sawah dan 200 hektare kebun.",
        # rates do not add up to a total
        ("Pemerintah menyalurkan Rp 500.000 kepada setiap keluarga. Dua desa masing-masing menerima "
         "Rp 300.000 dan Rp 400.000 per keluarga."),
        # parts that add up exactly (decimal figures must not tip the sum over)
        ("Inflasi tahunan tercatat 4,4 persen, terdiri atas 2,3 persen inflasi inti dan 2,1 persen inflasi "
         "harga pangan."),
        # one part only
        "Kapal itu membawa 138 orang. Tiga di antaranya dilarikan ke puskesmas.",
        # a breakdown that states its own sum: that sum is not one more part of an earlier total
        ("Otoritas penjara menyebut 1.968 tahanan dibebaskan. Komisi tahanan mencatat angka lain, yakni 1.718 "
         "tahanan asal Gaza ditambah 236 narapidana, atau total 1.954 orang."),
    ],
)
def test_parts_within_total(analyze, body):
    assert _checks(analyze, body, "parts_exceed_total") == []


# ----------------------------------------------------------------------------------- conflicting_figures


@pytest.mark.parametrize(
    "body,figures",
    [
        (  # casualty synonyms: "meninggal dunia" and "korban jiwa" count the dead; "Namun" + "jumlah"
            ("Dinas Kesehatan Provinsi Maluku menyatakan 12 orang meninggal dunia akibat banjir bandang di "
             "Ambon. Namun, Badan SAR Nasional melaporkan jumlah korban jiwa mencapai 15 orang."),
            ["12 orang", "15 orang"],
        ),
        (  # "jumlah pengunjung" names what "700 orang" counts; far apart, but explicitly disputed
            ("Panitia Festival Danau Toba menyatakan sekitar 2.000 orang memadati lokasi acara. Sebaliknya, "
             "Kepolisian Resor Samosir menyebut jumlah pengunjung hanya sekitar 700 orang."),
            ["sekitar 2.000 orang", "sekitar 700 orang"],
        ),
        (  # the sentence before says the figures differ; the source of the first continues its paragraph
            ("Kepala Polres Bima, AKBP Hendra Gunawan, mengatakan bentrokan terjadi pada Minggu sore. "
             "Sedikitnya 40 rumah terbakar dalam kejadian itu.\n\nNamun, angka yang disampaikan warga "
             "berbeda. Kepala desa setempat, Ahmad Yani, menyebut 55 rumah hangus dilalap api."),
            ["Sedikitnya 40 rumah", "55 rumah"],
        ),
        (  # two spokesmen named by their countries are two sources, though both are "juru bicara"
            ("Juru bicara militer Thailand mengatakan 12 tentara tewas. Namun, juru bicara militer Kamboja "
             "menyebut jumlah tentara Thailand yang tewas mencapai 20 orang."),
            ["12 tentara", "20 orang"],
        ),
        (  # a correction that points at another account
            ("Juru bicara kelompok itu menyebut pihaknya menembak jatuh empat helikopter, bukan dua seperti "
             "yang diklaim tentara."),
            ["empat helikopter", "dua"],
        ),
        (  # a correction a clause after the figure it corrects
            ("Menurut badan maritim itu, hanya tiga orang yang terkena tembakan dalam insiden tersebut, bukan "
             "lima seperti yang disebutkan pihak Indonesia."),
            ["tiga orang", "lima"],
        ),
        (  # a toll set against another with "Namun": the wounded themselves say what is counted
            ("Angkatan Darat Thailand menuduh Kamboja menanam ranjau setelah lima prajurit terluka. Namun, "
             "Kementerian Kesehatan dalam laporannya menyebut empat prajurit terluka."),
            ["lima prajurit", "empat prajurit"],
        ),
        (  # the discrepancy said after the figure
            ("Polisi mengatakan 35 orang diamankan dalam unjuk rasa itu. LBH Papua mencatat jumlah warga yang "
             "ditangkap mencapai 52 orang, jauh lebih banyak dari angka yang diumumkan polisi."),
            ["35 orang", "52 orang"],
        ),
    ],
)
def test_conflicting_figures(analyze, body, figures):
    assert _checks(analyze, body, "conflicting_figures") == [figures]


@pytest.mark.parametrize(
    "body",
    [
        # each side reports its own losses: "Namun" alone does not put a figure in dispute
        ("Kementerian Pertahanan Armenia menyatakan 15 tentara tewas dalam bentrokan itu. Namun, Baku "
         "menyebut 20 prajurit Azerbaijan tewas."),
        # a figure updated since, not another account of it
        ("Polisi menyatakan 5 orang tewas dalam kecelakaan bus itu. Namun, jumlah korban tewas kemudian "
         "bertambah menjadi 8 orang, menurut pihak rumah sakit."),
        # "bukan ... seperti tahun lalu" compares with another year, not with another source
        ("Menteri Keuangan mengatakan pemerintah menargetkan pertumbuhan 5 persen, bukan 3 persen seperti "
         "tahun lalu."),
        # "berbeda" about something else than figures
        ("Kepala desa mengatakan 25 keluarga mengungsi ke balai desa. Situasi di dusun sebelah berbeda. "
         "Relawan setempat menyebut 30 keluarga masih bertahan di rumah mereka."),
        # a count and a rate are different figures even when set against each other
        ("Menurut badan PBB, 14 truk bantuan tertahan di perbatasan. Namun, data militer menunjukkan "
         "rata-rata 120 truk per hari masuk ke wilayah itu."),
        # each side counts the other's drones: the name after "jumlah drone" tells them apart
        ("Kementerian Pertahanan Ukraina menyatakan 45 drone Rusia ditembak jatuh semalam. Namun, Rusia "
         "menyebut jumlah drone Ukraina yang dihancurkan mencapai 60 drone."),
        # soldiers killed and civilians killed are two counts
        ("Militer Israel menyatakan 10 tentaranya tewas dalam pertempuran di Gaza pekan ini. Namun, "
         "Kementerian Kesehatan Gaza menyebut jumlah warga Palestina yang tewas mencapai 18 orang."),
        # the dead and the evacuated are different counts of people
        ("Badan Penanggulangan Bencana Daerah menyatakan 9 orang tewas akibat longsor. Namun, relawan "
         "menyebut jumlah warga yang dievakuasi baru 11 orang."),
        # one source giving two figures is no conflict between sources
        ("Polisi menyebut 10 orang terluka dalam bentrokan itu. Namun, polisi kemudian menyebut jumlah "
         "korban luka 14 orang."),
        # different kinds of people far apart in value are not one count
        ("Polisi mengatakan 40 mahasiswa ditahan. Namun, jumlah polisi yang terluka mencapai 12 orang, "
         "kata juru bicara kampus."),
    ],
)
def test_no_conflicting_figures(analyze, body):
    assert _checks(analyze, body, "conflicting_figures") == []


@pytest.mark.parametrize(
    "words,expected",
    [
        (["seperti", "yang", "disampaikan", "militer"], True),
        (["tps", "seperti", "yang", "didalilkan", "pemohon"], True),
        (["versi", "polisi"], True),
        (["seperti", "tahun", "lalu"], False),
        (["seperti", "yang", "direncanakan"], False),
        (["orang", "saja"], False),
    ],
)
def test_correction_points_at_another_account(words, expected):
    assert _points_at_account(words) is expected


# ------------------------------------------------------------------------------------------ denied_claim


def test_a_denial_answers_the_claim_of_its_recipient(analyze):
    body = ('Militer Filipina mengatakan kapal China menabrak kapal patroli Filipina di dekat Scarborough. '
            '"Kapal kami ditabrak dengan sengaja," kata juru bicara Penjaga Pantai Filipina Jay Tarriela. '
            'Menteri Luar Negeri Jepang Takeshi Iwaya mengatakan Tokyo prihatin atas insiden itu. '
            'Beijing membantah klaim Manila.')
    found = _checks(analyze, body, "denied_claim")
    assert found and "ditabrak dengan sengaja" in found[0][1]
