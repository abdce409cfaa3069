# frozen_string_literal: true

require_relative "../pg_helper"

# What an attacker or a clumsy paste sends as conduct outside the forum:
# control characters, blanks by the thousand, text turned around, logins in
# links, lists where text belongs, uploads core shares between uploaders,
# the same piece twice. Each is refused with a reason and keeps nothing, or
# is read as the person meant it.
RSpec.describe "conduct outside the forum, hostile input" do
  before { configure_mediation }

  around { |example| travel_to(Time.utc(2026, 12, 6, 12)) { example.run } }

  let(:link) { { kind: "link", url: "https://github.com/org/repo/pull/4121" } }

  def ask_elsewhere(by: member, **overrides)
    DiscourseMediation::HelpRequest::CreateElsewhere.call(
      params: {
        subject_username: author.username,
        where: "Review of pull request 4121",
        happened_on: "2026-12-01",
        kind: "deescalate",
        message: "They wrote this under my pull request.",
        evidence: [link],
        **overrides,
      },
      guardian: by.guardian,
    )
  end

  def open_elsewhere(by: mediator, **overrides)
    DiscourseMediation::Case::OpenElsewhere.call(
      params: {
        subject_username: author.username,
        where: "Project chat, #general",
        happened_on: "2026-12-02",
        summary: "Three members told me about insults in the chat.",
        evidence: [link],
        **overrides,
      },
      guardian: by.guardian,
    )
  end

  def add_evidence(mediation_case, **piece)
    DiscourseMediation::Case::AddEvidence.call(
      params: {
        case_id: mediation_case.id,
        **piece,
      },
      guardian: mediator.guardian,
    )
  end

  def error(key, scope: "elsewhere", **options)
    I18n.t("discourse_mediation.errors.#{scope}.#{key}", **options)
  end

  def numbered(key)
    error(:numbered, scope: "evidence", number: 1, problem: error(key, scope: "evidence"))
  end

  def refused(result, *messages)
    expect(result).to fail_a_contract
    expect(result["result.contract.default"].errors.full_messages).to eq(messages)
    expect(DiscourseMediation::MediationCase.count).to eq(0)
    expect(DiscourseMediation::Evidence.count).to eq(0)
  end

  it "refuses control characters in every text as not text, instead of failing" do
    nul = "a\u0000b"
    refused(ask_elsewhere(evidence: [{ kind: "quote", quote: nul }]), numbered(:not_text))
    refused(ask_elsewhere(evidence: [link.merge(note: nul)]), numbered(:not_text))
    refused(ask_elsewhere(where: nul), error(:not_text))
    refused(ask_elsewhere(message: "a\u001Bb"), error(:not_text))
    refused(open_elsewhere(summary: nul), error(:not_text))
    refused(open_elsewhere(subject_username: nul), error(:not_text))
  end

  it "refuses what is not text where text belongs, instead of storing it cast" do
    refused(ask_elsewhere(message: ["a"]), error(:not_text))
    refused(open_elsewhere(summary: { "a" => 1 }), error(:not_text))
    refused(ask_elsewhere(where: 12), error(:not_text))
    refused(ask_elsewhere(subject_username: [author.username]), error(:not_text))
    refused(ask_elsewhere(consent_to_be_named: "yes"), error(:consent_not_a_choice))
    refused(ask_elsewhere(consent_to_be_named: ["true"]), error(:consent_not_a_choice))
    expect(ask_elsewhere(consent_to_be_named: "true").help_request.consent_to_be_named).to eq(true)
  end

  it "reads a message or summary of blanks that show nothing as missing" do
    refused(ask_elsewhere(message: "\u200B\u00A0 \u2060"), error(:message_missing))
    refused(open_elsewhere(summary: "\uFEFF\u00A0"), error(:summary_missing))
  end

  it "puts where on one line, and refuses text that turns its direction" do
    refused(ask_elsewhere(where: "Chat \u202Elareneg#"), error(:where_not_plain))
    refused(ask_elsewhere(where: "Chat \u2067x\u2069"), error(:where_not_plain))
    result = ask_elsewhere(where: " Matrix\n\n  chat\t#general ")
    expect(result).to run_successfully
    expect(result.mediation_case.conduct_where).to eq("Matrix chat #general")
  end

  it "refuses a day before 2000" do
    refused(ask_elsewhere(happened_on: "0001-01-01"), error(:date_too_early))
  end

  it "refuses a link with a login in it, and takes one in another script" do
    refused(
      ask_elsewhere(evidence: [{ kind: "link", url: "https://me:secret@example.org/x" }]),
      numbered(:link_with_login),
    )
    result = ask_elsewhere(evidence: [{ kind: "link", url: "https://bücher.example/straße" }])
    expect(result).to run_successfully
    expect(result.mediation_case.evidence.sole.url).to eq("https://bücher.example/straße")
  end

  # Blanks by the hundred thousand cost no more than as many letters: the
  # trim that matched blanks at the end tried every run inside, for seconds.
  it "answers a text padded with blanks as quickly as one of letters" do
    seconds = ->(quote) do
      Benchmark.realtime { ask_elsewhere(evidence: [{ kind: "quote", quote: }]) }
    end
    seconds.call("x" * 6000)
    letters = seconds.call("a#{"x" * 200_000}b")
    blanks = seconds.call("a#{" " * 200_000}b")
    expect(blanks).to be < (letters * 5) + 0.5
    max = DiscourseMediation::Rules::Case::Evidence::QUOTE_MAX_LENGTH
    refused(
      ask_elsewhere(evidence: [{ kind: "quote", quote: "a#{" " * 200_000}b" }]),
      error(
        :numbered,
        scope: "evidence",
        number: 1,
        problem: error(:quote_too_long, scope: "evidence", count: max),
      ),
    )
  end

  describe "uploads" do
    # Core gives a second uploader of the same bytes the first one's
    # Upload, and records their upload of it as a UserUpload.
    let(:shared) do
      Fabricate(:upload, user: author, original_filename: "author-name.pdf", extension: "pdf")
    end

    it "takes a file core de-duplicated for its giver, without its first uploader's name" do
      UserUpload.create!(upload: shared, user: member, created_at: Time.zone.now)
      result = ask_elsewhere(evidence: [{ kind: "upload", upload_id: shared.id }])
      expect(result).to run_successfully
      piece = result.mediation_case.evidence.sole
      expect(piece.as_shown(added_by: nil)[:original_filename]).to be_nil
      own = Fabricate(:upload, user: mediator, original_filename: "chat.png")
      added =
        add_evidence(open_elsewhere.mediation_case, kind: "upload", upload_id: own.id).evidence
      expect(added.as_shown(added_by: nil)[:original_filename]).to eq("chat.png")
    end

    it "still answers someone else's file as not found" do
      UserUpload.create!(upload: shared, user: mediator, created_at: Time.zone.now)
      expect(ask_elsewhere(evidence: [{ kind: "upload", upload_id: shared.id }])).to fail_a_policy(
        :own_uploads,
      )
    end

    it "gives the file's address as core gives it to a browser, secure when the site is" do
      upload = Fabricate(:upload, user: member, secure: true)
      piece =
        ask_elsewhere(evidence: [{ kind: "upload", upload_id: upload.id }])
          .mediation_case
          .evidence
          .sole
      expect(piece.as_cited[:upload][:url]).to eq("//forum.test#{upload.url}")
      SiteSetting.secure_uploads = true
      expect(piece.reload.as_cited[:upload][:url]).to eq(
        "//forum.test/secure-uploads#{upload.url.delete_prefix("/uploads")}",
      )
    end
  end

  it "refuses a piece the case has already, as sent twice" do
    mediation_case = open_elsewhere.mediation_case
    result = add_evidence(mediation_case, **link, note: "again, another note")
    expect(result).to fail_a_policy(:not_on_case_already)
    expect(mediation_case.evidence.count).to eq(1)
    expect(
      add_evidence(mediation_case, kind: "link", url: "#{link[:url]}/files"),
    ).to run_successfully
  end

  it "names only people: staged accounts are real to core, but not someone to name" do
    staged = Fabricate(:user, staged: true)
    expect(User.real.exists?(staged.id)).to eq(true)
    expect(ask_elsewhere(subject_username: staged.username)).to fail_to_find_a_model(:subject_user)
  end
end

RSpec.describe "conduct outside the forum, read back" do
  include SqlCounter

  before { configure_mediation }

  let(:mediation_case) do
    own = Fabricate(:upload, user: mediator)
    DiscourseMediation::Case::OpenElsewhere.call(
      params: {
        subject_username: author.username,
        where: "Project chat",
        happened_on: Time.zone.now.to_date.iso8601,
        summary: "Insults in the chat.",
        evidence: [{ kind: "upload", upload_id: own.id }, { kind: "quote", quote: "Go away." }],
      },
      guardian: mediator.guardian,
    ).mediation_case
  end

  it "cites evidence the page loaded without reading it again" do
    report = DiscourseMediation::Report.new(mediation_case:)
    loaded = DiscourseMediation::MediationCase.includes(evidence: :upload).find(mediation_case.id)
    report.mediation_case = loaded
    serializer = DiscourseMediation::ReportSerializer.new(report, root: false)
    cited = nil
    expect(count_queries { cited = serializer.evidence }).to eq(0)
    expect(cited.map { _1[:kind] }).to eq(%w[upload quote])
    fresh = DiscourseMediation::MediationCase.find(mediation_case.id)
    report.mediation_case = fresh
    expect(count_queries { serializer.evidence }).to eq(2)
  end

  it "names nobody for a piece whose request is gone, rather than who stored it" do
    asker = member
    result =
      DiscourseMediation::HelpRequest::CreateElsewhere.call(
        params: {
          subject_username: author.username,
          where: "Mailing list",
          happened_on: Time.zone.now.to_date.iso8601,
          kind: "deescalate",
          message: "They wrote to the list.",
          consent_to_be_named: true,
          evidence: [{ kind: "quote", quote: "Go away." }],
        },
        guardian: asker.guardian,
      )
    piece = result.mediation_case.evidence.sole
    disclosure = DiscourseMediation::CaseDisclosure.new(result.mediation_case, [:mediator])
    expect(disclosure.evidence_giver(piece)).to eq(asker)
    result.help_request.delete
    expect(disclosure.evidence_giver(piece.reload)).to be_nil
  end
end
