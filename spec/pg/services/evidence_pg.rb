# frozen_string_literal: true

require_relative "../pg_helper"

# Conduct outside the forum: a member asks about it with evidence, a
# mediator opens a case about it, and the case's mediator adds and removes
# evidence. Links, quoted texts and uploads; bad input is refused with a
# reason and keeps nothing.
RSpec.describe "conduct outside the forum" do
  before { configure_mediation }

  let(:upload) { Fabricate(:upload, user: member, filesize: 2048) }
  let(:link) { { kind: "link", url: "https://github.com/org/repo/pull/4121", note: "The review" } }
  let(:quote) { { kind: "quote", quote: "  Nobody wants your patches here.  " } }

  def ask_elsewhere(by: member, **overrides)
    DiscourseMediation::HelpRequest::CreateElsewhere.call(
      params: {
        subject_username: author.username,
        where: "Review of pull request 4121",
        happened_on: "2026-12-01",
        kind: "deescalate",
        message: "They wrote this under my pull request.",
        evidence: [link, quote],
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

  def add_evidence(mediation_case, by: mediator, **piece)
    DiscourseMediation::Case::AddEvidence.call(
      params: {
        case_id: mediation_case.id,
        **piece,
      },
      guardian: by.guardian,
    )
  end

  def remove_evidence(mediation_case, evidence_id, by: mediator)
    DiscourseMediation::Case::RemoveEvidence.call(
      params: {
        case_id: mediation_case.id,
        evidence_id:,
      },
      guardian: by.guardian,
    )
  end

  def errors_of(result)
    result["result.contract.default"].errors.full_messages
  end

  def what_is_kept
    [
      DiscourseMediation::MediationCase.count,
      DiscourseMediation::HelpRequest.count,
      DiscourseMediation::Evidence.count,
      UploadReference.count,
      DiscourseMediation::CaseEvent.count,
    ]
  end

  around { |example| travel_to(Time.utc(2026, 12, 6, 12)) { example.run } }

  describe DiscourseMediation::HelpRequest::CreateElsewhere do
    it "opens a new case about the person named, with the request, its evidence and the case_opened entry" do
      upload
      result = ask_elsewhere(evidence: [link, quote, { kind: "upload", upload_id: upload.id }])
      expect(result).to run_successfully
      mediation_case = result.mediation_case.reload
      expect(mediation_case).to have_attributes(
        state: "requested",
        conduct_place: "elsewhere",
        conduct_where: "Review of pull request 4121",
        conduct_on: Date.new(2026, 12, 1),
        topic_id: nil,
        post_id: nil,
        subject_id: author.id,
        urgent: false,
      )
      expect(mediation_case.people.pluck(:user_id, :subject)).to eq([[author.id, true]])
      expect(result.help_request).to have_attributes(user_id: member.id, post_id: nil)
      expect(mediation_case.evidence.map { _1.as_cited.except(:upload) }).to eq(
        [
          { kind: "link", url: link[:url], quote: nil, note: "The review" },
          { kind: "quote", url: nil, quote: "Nobody wants your patches here.", note: "" },
          { kind: "upload", url: nil, quote: nil, note: "" },
        ],
      )
      expect(mediation_case.evidence.map(&:help_request_id).uniq).to eq([result.help_request.id])
      expect(UploadReference.pluck(:upload_id, :target_type, :target_id)).to eq(
        [[upload.id, "DiscourseMediation::Evidence", mediation_case.evidence.last.id]],
      )
      event = mediation_case.events.sole
      expect(event).to have_attributes(action: "case_opened", user_id: member.id)
      expect(event.data).to eq(
        "help_request_id" => result.help_request.id,
        "kind" => "deescalate",
        "conduct_place" => "elsewhere",
      )
      expect(enqueued_jobs(Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest).size).to eq(1)
    end

    it "always opens a new case: another member asking about the same person has their own" do
      first = ask_elsewhere.mediation_case
      second = ask_elsewhere(by: Fabricate(:member)).mediation_case
      expect(second.id).not_to eq(first.id)
    end

    it "makes an urgent request's case urgent, and keeps the published item a breach names" do
      expect(ask_elsewhere(kind: "unsafe").mediation_case.urgent).to eq(true)
      key = DiscourseMediation::Behaviour.published_keys.first
      result =
        ask_elsewhere(by: Fabricate(:member), kind: "breaks_list", behaviour_key: key, evidence: [])
      expect(result.help_request.behaviour_key).to eq(key)
    end

    it "refuses a second open request by the same member about the same person, whatever the place" do
      expect(ask_elsewhere).to run_successfully
      expect {
        expect(ask_elsewhere(where: "Mailing list")).to fail_a_policy(:not_asked_twice)
      }.not_to change { what_is_kept }
    end

    it "refuses someone who may not ask for help" do
      SiteSetting.mediation_request_allowed_groups = mediators.id.to_s
      expect(ask_elsewhere).to fail_a_policy(:can_request_help)
    end

    it "refuses naming oneself, and anyone who is not a real, active account, as if unknown" do
      expect(ask_elsewhere(subject_username: member.username)).to fail_a_policy(:not_oneself)
      [
        "nobody_by_that_name",
        "system",
        Fabricate(:user, staged: true).username,
        Fabricate(:user, active: false).username,
      ].each do |username|
        expect(ask_elsewhere(subject_username: username)).to fail_to_find_a_model(:subject_user)
      end
      expect(what_is_kept).to eq([0, 0, 0, 0, 0])
    end

    it "reads a username with its @ and blanks around it" do
      expect(ask_elsewhere(subject_username: " @#{author.username.upcase} ")).to run_successfully
    end

    it "asks what happened: there is no post to read" do
      result = ask_elsewhere(message: "   ")
      expect(result).to fail_a_contract
      expect(errors_of(result)).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.message_missing")],
      )
    end

    it "applies the daily limit as on a post" do
      SiteSetting.mediation_max_requests_per_day = 1
      expect(ask_elsewhere).to run_successfully
      other = Fabricate(:member)
      expect(ask_elsewhere(subject_username: other.username)).to fail_a_policy(:within_daily_limit)
    end
  end

  describe "bad input, refused with a reason and keeping nothing" do
    def refused(result, *messages)
      expect(result).to fail_a_contract
      expect(errors_of(result)).to eq(messages)
      expect(what_is_kept).to eq([0, 0, 0, 0, 0])
    end

    def numbered(number, key, **options)
      I18n.t(
        "discourse_mediation.errors.evidence.numbered",
        number:,
        problem: I18n.t("discourse_mediation.errors.evidence.#{key}", **options),
      )
    end

    it "refuses a link that is not a link" do
      %w[github.com/org/repo javascript:alert(1) ftp://files.example/x https://].each do |url|
        refused(ask_elsewhere(evidence: [quote, { kind: "link", url: }]), numbered(2, :not_a_link))
      end
    end

    it "refuses a quote or a note that is too long, counting characters" do
      max = DiscourseMediation::Rules::Case::Evidence::QUOTE_MAX_LENGTH
      refused(
        ask_elsewhere(evidence: [{ kind: "quote", quote: "é" * (max + 1) }]),
        numbered(1, :quote_too_long, count: max),
      )
      note_max = DiscourseMediation::Rules::Case::Evidence::NOTE_MAX_LENGTH
      refused(
        open_elsewhere(evidence: [link.merge(note: "n" * (note_max + 1))]),
        numbered(1, :note_too_long, count: note_max),
      )
    end

    it "refuses a quote of blanks only, an unknown kind, and input in the wrong shape" do
      refused(
        ask_elsewhere(evidence: [{ kind: "quote", quote: "\u00A0 \u200B" }]),
        numbered(1, :quote_missing),
      )
      refused(
        ask_elsewhere(evidence: [{ kind: "video", url: link[:url] }]),
        numbered(1, :unknown_kind),
      )
      refused(
        ask_elsewhere(evidence: [{ kind: "link", url: { "href" => "x" } }]),
        numbered(1, :not_text),
      )
      refused(
        ask_elsewhere(evidence: "a link"),
        I18n.t("discourse_mediation.errors.evidence.not_a_list"),
      )
      refused(
        ask_elsewhere(evidence: ["https://example.org"]),
        I18n.t("discourse_mediation.errors.evidence.not_a_list"),
      )
    end

    it "refuses 21 pieces, and takes 20" do
      max = DiscourseMediation::Rules::Case::Evidence::MAX_PER_CASE
      refused(
        ask_elsewhere(evidence: [link] * (max + 1)),
        I18n.t("discourse_mediation.errors.evidence.too_many", count: max),
      )
      expect(ask_elsewhere(evidence: [link] * max)).to run_successfully
      expect(DiscourseMediation::Evidence.count).to eq(max)
    end

    it "refuses a day after tomorrow, a day that does not exist, and a missing place" do
      refused(
        ask_elsewhere(happened_on: "2026-12-08"),
        I18n.t("discourse_mediation.errors.elsewhere.date_in_future"),
      )
      refused(
        ask_elsewhere(happened_on: "2026-02-30"),
        I18n.t("discourse_mediation.errors.elsewhere.date_missing"),
      )
      refused(
        ask_elsewhere(where: "  "),
        I18n.t("discourse_mediation.errors.elsewhere.where_missing"),
      )
      max = DiscourseMediation::Rules::Case::ConductPlace::WHERE_MAX_LENGTH
      refused(
        open_elsewhere(where: "w" * (max + 1)),
        I18n.t("discourse_mediation.errors.elsewhere.where_too_long", count: max),
      )
      expect(ask_elsewhere(happened_on: "2026-12-07")).to run_successfully
    end

    it "reads a form-encoded list of pieces in its order" do
      result = ask_elsewhere(evidence: { "1" => quote, "0" => link })
      expect(result).to run_successfully
      expect(result.mediation_case.evidence.pluck(:kind)).to eq(%w[link quote])
    end

    it "answers someone else's upload, or one that is not there, as not found" do
      others = Fabricate(:upload, user: author)
      expect(ask_elsewhere(evidence: [{ kind: "upload", upload_id: others.id }])).to fail_a_policy(
        :own_uploads,
      )
      expect(ask_elsewhere(evidence: [{ kind: "upload", upload_id: 999_999 }])).to fail_a_policy(
        :own_uploads,
      )
      expect(what_is_kept).to eq([0, 0, 0, 0, 0])
    end

    it "refuses an upload larger than the setting allows, naming the limit" do
      SiteSetting.mediation_evidence_max_upload_kb = 64
      large = Fabricate(:upload, user: member, filesize: (64 * 1024) + 1)
      result = ask_elsewhere(evidence: [{ kind: "upload", upload_id: large.id.to_s }])
      expect(result).to fail_a_policy(:uploads_within_size)
      expect(result["result.policy.uploads_within_size"].reason).to include("64")
      expect(what_is_kept).to eq([0, 0, 0, 0, 0])
    end
  end

  describe DiscourseMediation::Case::OpenElsewhere do
    it "opens the case, keeps what happened as its first note, and gives it to the mediator at once" do
      result = open_elsewhere
      expect(result).to run_successfully
      mediation_case = result.mediation_case.reload
      expect(mediation_case).to have_attributes(
        state: "mediating",
        mediator_id: mediator.id,
        conduct_place: "elsewhere",
        conduct_where: "Project chat, #general",
        conduct_on: Date.new(2026, 12, 2),
        subject_id: author.id,
      )
      expect(mediation_case.first_response_at).to eq_time(Time.zone.now)
      expect(mediation_case.help_requests).to be_empty
      expect(mediation_case.notes.pluck(:user_id, :raw)).to eq(
        [[mediator.id, "Three members told me about insults in the chat."]],
      )
      expect(mediation_case.events.pluck(:action, :user_id)).to eq(
        [["opened_by_mediator", mediator.id], ["claim", mediator.id]],
      )
      expect(mediation_case.events.first.data).to eq("conduct_place" => "elsewhere")
      expect(mediation_case.evidence.sole).to have_attributes(
        added_by_id: mediator.id,
        help_request_id: nil,
      )
    end

    it "is for mediators and staff only" do
      expect(open_elsewhere(by: member)).to fail_a_policy(:can_mediate)
      expect(open_elsewhere(by: moderator)).to run_successfully
    end

    it "refuses the mediator naming themselves, and an unknown person" do
      expect(open_elsewhere(subject_username: mediator.username)).to fail_a_policy(:not_oneself)
      expect(open_elsewhere(subject_username: "nobody")).to fail_to_find_a_model(:subject_user)
    end

    it "asks what happened, within a note's length" do
      expect(errors_of(open_elsewhere(summary: ""))).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.summary_missing")],
      )
      max = DiscourseMediation::CaseNote::MAX_LENGTH
      expect(errors_of(open_elsewhere(summary: "s" * (max + 1)))).to eq(
        [I18n.t("discourse_mediation.errors.elsewhere.summary_too_long", count: max)],
      )
    end

    it "refuses the same person, place and day again while that case is open, and takes another incident" do
      expect(open_elsewhere).to run_successfully
      expect(open_elsewhere(where: "project chat, #GENERAL")).to fail_a_policy(:not_opened_twice)
      expect(open_elsewhere(happened_on: "2026-12-03")).to run_successfully
    end

    it "takes the mediator's own upload only" do
      mine = Fabricate(:upload, user: mediator)
      expect(open_elsewhere(evidence: [{ kind: "upload", upload_id: upload.id }])).to fail_a_policy(
        :own_uploads,
      )
      expect(open_elsewhere(evidence: [{ kind: "upload", upload_id: mine.id }])).to run_successfully
    end
  end

  describe "adding and removing evidence" do
    let(:mediation_case) { open_elsewhere.mediation_case }

    it "adds a piece, says only its kind on the timeline, and references its upload" do
      mine = Fabricate(:upload, user: mediator)
      result =
        add_evidence(mediation_case, kind: "upload", upload_id: mine.id, note: " Screenshot ")
      expect(result).to run_successfully
      expect(result.evidence).to have_attributes(
        kind: "upload",
        upload_id: mine.id,
        note: "Screenshot",
      )
      expect(mediation_case.events.last).to have_attributes(
        action: "evidence_added",
        user_id: mediator.id,
      )
      expect(mediation_case.events.last.data).to eq("kind" => "upload")
      expect(UploadReference.where(target: result.evidence).pluck(:upload_id)).to eq([mine.id])
    end

    it "removes a piece and its upload's reference, saying only its kind" do
      mine = Fabricate(:upload, user: mediator)
      piece = add_evidence(mediation_case, kind: "upload", upload_id: mine.id).evidence
      expect(remove_evidence(mediation_case, piece.id)).to run_successfully
      expect(DiscourseMediation::Evidence.exists?(piece.id)).to eq(false)
      expect(UploadReference.count).to eq(0)
      expect(Upload.exists?(mine.id)).to eq(true)
      expect(mediation_case.events.last.data).to eq("kind" => "upload")
      expect(mediation_case.events.last.action).to eq("evidence_removed")
    end

    it "lets the case's mediator or a moderator act, nobody else" do
      expect(add_evidence(mediation_case, by: other_mediator, **link)).to fail_a_policy(:may_take)
      expect(add_evidence(mediation_case, by: member, **link)).to fail_a_policy(:may_take)
      expect(add_evidence(mediation_case, by: moderator, **quote)).to run_successfully
      piece = mediation_case.evidence.last
      expect(remove_evidence(mediation_case, piece.id, by: other_mediator)).to fail_a_policy(
        :may_take,
      )
    end

    it "only while mediating or writing the report" do
      mediation_case.update!(state: "awaiting_statements")
      expect(add_evidence(mediation_case, **link)).to fail_a_policy(:in_state)
      expect(remove_evidence(mediation_case, mediation_case.evidence.first.id)).to fail_a_policy(
        :in_state,
      )
    end

    it "only on a case about conduct outside the forum" do
      forum_case = claim(ask_for_help)
      expect(add_evidence(forum_case, **link)).to fail_a_policy(:elsewhere)
    end

    it "refuses bad pieces with a reason, and a 21st piece" do
      result = add_evidence(mediation_case, kind: "link", url: "not a link")
      expect(errors_of(result)).to eq([I18n.t("discourse_mediation.errors.evidence.not_a_link")])
      max = DiscourseMediation::Rules::Case::Evidence::MAX_PER_CASE
      (max - 1).times do |i|
        expect(add_evidence(mediation_case, kind: "quote", quote: "Said #{i}")).to run_successfully
      end
      expect(add_evidence(mediation_case, **quote)).to fail_a_policy(:room_for_evidence)
      expect(mediation_case.evidence.count).to eq(max)
    end

    it "answers a piece of another case as not on this one" do
      other_case = open_elsewhere(happened_on: "2026-11-30").mediation_case
      piece = other_case.evidence.first
      expect(remove_evidence(mediation_case, piece.id)).to fail_to_find_a_model(:evidence)
      expect(DiscourseMediation::Evidence.exists?(piece.id)).to eq(true)
    end
  end
end
