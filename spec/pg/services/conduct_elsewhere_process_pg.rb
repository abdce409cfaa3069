# frozen_string_literal: true

require_relative "../pg_helper"

# A case about conduct outside the forum goes the whole way a case about a
# post goes: mediation in a private conversation only, the report, the
# notice, the statement, the ballot, the outcome, the archive and the
# transparency report. Every message and page names where and when it
# happened instead of a post, and none names the member who asked.
RSpec.describe "a case about conduct outside the forum" do
  include ElsewhereCase

  before { configure_mediation }

  let(:mediation_case) { open_elsewhere_case }
  let(:title) { I18n.t("discourse_mediation.elsewhere_title", where: ElsewhereCase::WHERE) }
  # As messages write it: Markdown's special characters escaped.
  let(:where_in_markdown) { "the \\#infra Matrix room" }
  # Core's own `long` format carries a time of day (spec/pg/support/core_dates.en.yml).
  let(:on) { "November 30, 2026" }
  let!(:upload) { Fabricate(:upload, user: member, original_filename: "chat-log.png") }

  # As HelpRequest::CreateElsewhere stores the member's evidence: with their request.
  def give_evidence(mediation_case)
    request = mediation_case.help_requests.sole
    [
      { kind: "link", url: "https://matrix.to/#/!room:example.org/$event(1)" },
      { kind: "quote", quote: "Nobody wants your worthless patch.\n@everyone look at this" },
      { kind: "upload", upload_id: upload.id, note: "A screenshot of the room" },
    ].each do |piece|
      DiscourseMediation::Evidence.create!(
        mediation_case:,
        added_by: member,
        help_request: request,
        **piece,
      )
    end
  end

  def messages_to(user)
    PostCreator.created.filter_map do |created|
      opts = created[:opts]
      opts if opts[:target_usernames].to_s.split(",").include?(user.username)
    end
  end

  def everything_sent
    PostCreator.created.map { |created| "#{created[:opts][:title]}\n#{created[:post].raw}" }
  end

  def expect_no_post_wording(text)
    expect(text).not_to include("your post")
    expect(text).not_to include("()")
  end

  def open_conversation(mediation_case)
    succeed(
      DiscourseMediation::Case::OpenConversation.call(
        params: {
          case_id: mediation_case.id,
          user_ids: [author.id],
          title: "About what happened in the chat",
          message: "Hello, I am one of the community's mediators.",
        },
        guardian: mediator.guardian,
      ),
    )
    mediation_case.reload
  end

  def archive_search(query)
    DiscourseMediation::ArchiveQuery.new({ q: query }.with_indifferent_access).page_cases
  end

  def cool_down(mediation_case)
    DiscourseMediation::Case::CoolDown.call(
      params: {
        case_id: mediation_case.id,
        mode: "slow_mode",
        interval_seconds: 3600,
        hours: 2,
        reason: "Let it rest",
      },
      guardian: mediator.guardian,
    )
  end

  it "tells the mediators where and when it happened, with a link to the case page" do
    run_job(
      Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest,
      help_request_id: mediation_case.help_requests.sole.id,
    )
    notice = Topic.find(mediation_case.reload.mediators_topic_id)
    raw = notice.first_post.raw
    expect(notice.title).to eq(
      I18n.t("discourse_mediation.notifications.new_case_title", topic_title: title),
    )
    expect(raw).to include("what happened in “#{where_in_markdown}” on #{on}")
    expect(raw).to include("#{Discourse.base_url}/mediation/cases/#{mediation_case.id}")
    expect(raw).not_to include("a post in")
    expect(raw).not_to include(member.username)
  end

  it "is mediated in a private conversation, whose first message names where and when" do
    claim(mediation_case)
    open_conversation(mediation_case)
    conversation = messages_to(author).sole
    expect(conversation[:raw]).to include(
      "Members asked the community's mediators for help with something that happened outside " \
        "the forum, and a mediation case is open about your conduct in “#{where_in_markdown}” " \
        "on November 30, 2026. Mediation comes first",
    )
    expect_no_post_wording(conversation[:raw])
    expect(conversation[:raw]).not_to include(member.username)
    expect(mediation_case).to have_attributes(subject_contacted_at: be_present)
  end

  it "says in the first message when no member asks any more: the mediators opened it" do
    mediation_case.help_requests.sole.update!(withdrawn_at: Time.zone.now)
    claim(mediation_case)
    open_conversation(mediation_case)
    raw = messages_to(author).sole[:raw]
    expect(raw).to include(
      "**Why I am writing.** The community's mediators have opened a mediation case about " \
        "your conduct in “#{where_in_markdown}” on #{on}.",
    )
    expect(raw).not_to include("Members asked")
  end

  it "refuses to cool down a topic it does not have, and says why" do
    claim(mediation_case)
    result = cool_down(mediation_case)
    expect(result).to fail_a_policy(:in_public_discussion)
    expect(result["result.policy.in_public_discussion"].reason).to eq(
      "A case about conduct outside the forum is mediated in a private conversation: " \
        "it has no topic to cool down.",
    )
    expect(mediation_case.events.where(action: "cool_down")).to be_empty
  end

  it "marks no post of the mediator's in the private conversation it is mediated in" do
    claim(mediation_case)
    open_conversation(mediation_case)
    conversation = PostCreator.created.last[:post].topic
    reply = Fabricate(:post, topic: conversation, user: mediator)
    DiscourseMediation::MediatorPostMark.mark_if_mediating(reply)
    expect(reply.custom_fields[DiscourseMediation::MediatorPostMark::FIELD]).to be_nil
    expect(mediation_case.events.where(action: "mediator_posted")).to be_empty
  end

  it "shows no banner on any topic" do
    claim(mediation_case)
    expect(DiscourseMediation::TopicMediation.new(topic).banner(mediator.guardian)).to be_nil
    expect(DiscourseMediation::TopicMediation.new(nil).banner(mediator.guardian)).to be_nil
  end

  it "interim measures name where and when to the person concerned" do
    SiteSetting.mediation_interim_measure = "silence"
    mediation_case.update!(urgent: true)
    escalate(mediation_case)
    succeed(
      DiscourseMediation::Case::InterimSuspend.call(
        params: {
          case_id: mediation_case.id,
          reason: "Members feel unsafe",
        },
        guardian: moderator.guardian,
      ),
    )
    message = messages_to(author).sole
    expect(message[:title]).to include("your conduct in “#{ElsewhereCase::WHERE}” on #{on}")
    expect(message[:raw]).to include(
      "Members felt unsafe after your conduct in “#{where_in_markdown}” on #{on}, and a moderator",
    )
    expect_no_post_wording(message[:raw])
  end

  context "after the report is submitted" do
    let!(:voter_list) { add_voters(3) }

    before do
      give_evidence(mediation_case)
      claim(mediation_case)
      open_conversation(mediation_case)
      submit_report(mediation_case)
      run_enqueued_jobs
    end

    it "sends the person concerned the notice, naming where and when, and not who asked" do
      notice = messages_to(author).last
      expect(notice[:title]).to eq(
        I18n.t(
          "discourse_mediation.notifications.notice_title",
          your_conduct: "your conduct in “#{ElsewhereCase::WHERE}” on #{on}",
        ),
      )
      expect(notice[:raw]).to include(
        "tried to help with what happened in “#{where_in_markdown}” on #{on}, and it did not " \
          "resolve. They have written a report about your conduct there.",
      )
      expect_no_post_wording(notice[:raw])
      expect(everything_sent.join("\n")).not_to include(member.username)
    end

    it "gives the statement page what the case is about, no post, and nothing of who asked" do
      page = statement_page(mediation_case)
      expect(page).to include(role: "subject", topic_title: title, post_url: nil)
      expect(page[:report]).to be_present
      expect(page.to_json).not_to include(member.username)
      expect(page.to_json).not_to include("chat-log.png")
    end

    it "puts where, when and the evidence in the report topic, never who gave it" do
      succeed(
        DiscourseMediation::Statement::Submit.call(
          params: {
            case_id: mediation_case.id,
            raw: "It was a heated review; I apologised.",
          },
          guardian: author.guardian,
        ),
      )
      ballot = open_vote(mediation_case).ballot
      run_enqueued_jobs
      topic = ballot.reload.topic
      raw = topic.first_post.raw
      expect(topic.title).to eq(
        I18n.t(
          "discourse_mediation.report_topic.title",
          topic_title: title,
          case_id: mediation_case.id,
        ),
      )
      expect(raw).to include(
        "the conduct of @#{author.username} outside the forum, in “#{where_in_markdown}” on #{on}",
      )
      expect(raw).to include(
        "- A link: [https://matrix.to/\\#/\\!room:example.org/$event\\(1\\)]" \
          "(https://matrix.to/#/!room:example.org/$event%281%29)",
      )
      # Quoted from elsewhere: an @mention there notifies nobody here.
      expect(raw).to include("> Nobody wants your worthless patch.\n> @\u2060everyone look at this")
      expect(raw).to include("![evidence 3](#{upload.short_url})")
      expect(raw).to include("> A screenshot of the room")
      expect(raw).to include("It was a heated review; I apologised.")
      expect(raw).not_to include(member.username)
      expect(raw).not_to include("chat-log.png")
      expect(raw).not_to include(upload.url)
      expect(DiscourseMediation::BallotView.case_file(mediation_case.reload)[:title]).to eq(title)
    end

    context "when it is decided and carried out" do
      before do
        SiteSetting.mediation_tell_requesters = "step"
        carry_out(decide(mediation_case, votes: voter_list.zip(%w[formal_warning] * 3)))
      end

      it "tells the person concerned the outcome by where and when" do
        outcome = messages_to(author).last
        expect(outcome[:title]).to eq(
          I18n.t(
            "discourse_mediation.outcome_notices.subject_title",
            your_conduct: "your conduct in “#{ElsewhereCase::WHERE}” on #{on}",
          ),
        )
        expect(outcome[:raw]).to include(
          "decided on the report about your conduct in “#{where_in_markdown}” on #{on}.",
        )
        expect_no_post_wording(outcome[:raw])
      end

      it "tells the member who asked, pointing them to their help requests, not a post's menu" do
        told = messages_to(member).last
        expect(told[:title]).to eq(
          I18n.t("discourse_mediation.outcome_notices.requester_title", topic_title: title),
        )
        expect(told[:raw]).to include(I18n.t("discourse_mediation.conduct.ask_again_elsewhere"))
        expect(told[:raw]).not_to include("post's menu")
      end

      it "is archived, and found in the archive by where it happened" do
        travel_to(mediation_case.ended_at + (SiteSetting.mediation_cooling_off_days + 1).days)
        run_job(Jobs::DiscourseMediation::ArchiveMediationCases)
        expect(mediation_case.reload.state).to eq("archived")
        expect(mediation_case.ballot.topic.reload.visible).to eq(false)

        expect(archive_search("slack")).to eq([])
        expect(archive_search("#INFRA")).to eq([mediation_case])
        expect(archive_search(author.username)).to eq([mediation_case])
      end

      it "is counted apart in the transparency report" do
        DiscourseMediation::TransparencyRollup.refresh!
        report = DiscourseMediation::TransparencyQuery.new(period: :month)
        expect(report.rows.sole[:cases_by_place]).to eq(
          "forum" => 0,
          "private_message" => 0,
          "elsewhere" => DiscourseMediation::Rules::Record::Transparency::FEWER,
        )
        expect(DiscourseMediation::TransparencyPost.raw(report)).to include(
          I18n.t("discourse_mediation.transparency.columns.cases_by_place.elsewhere"),
        )
      end
    end
  end

  it "tells the person concerned, by where and when, that the case was resolved" do
    claim(mediation_case)
    open_conversation(mediation_case)
    succeed(
      DiscourseMediation::Case::Resolve.call(
        params: {
          case_id: mediation_case.id,
          outcome_note: "They talked it through.",
          shareable: true,
        },
        guardian: mediator.guardian,
      ),
    )
    run_enqueued_jobs
    ended = messages_to(author).last
    expect(ended[:title]).to eq(
      I18n.t(
        "discourse_mediation.notifications.subject_resolved_title",
        your_conduct: "your conduct in “#{ElsewhereCase::WHERE}” on #{on}",
      ),
    )
    expect_no_post_wording(ended[:raw])
    resolved = messages_to(member).last
    expect(resolved[:raw]).to include(I18n.t("discourse_mediation.conduct.ask_again_elsewhere"))
  end
end

# Every message that speaks of the post in question names it through
# Notices::Conduct, so that a case outside the forum reads right in each.
RSpec.describe DiscourseMediation::Notices::Conduct do
  include ElsewhereCase

  before { configure_mediation }

  let(:messages) do
    flatten = ->(value, path) do
      next [[path, value]] if value.is_a?(String)
      value.is_a?(Hash) ? value.flat_map { |key, inner| flatten.(inner, "#{path}.#{key}") } : []
    end
    flatten.(I18n.t("discourse_mediation"), "discourse_mediation")
  end
  let(:about_the_post) do
    messages.reject { |key, _| key.start_with?("discourse_mediation.conduct.") }
  end

  it "leaves no message to say “your post” by itself" do
    expect(about_the_post.select { |_, text| text.include?("your post") }).to eq([])
  end

  it "words each message about the conduct by where and when, with no empty link" do
    values = described_class.body_values(open_elsewhere_case)
    worded =
      about_the_post.filter_map do |key, text|
        next if !text.match?(/%\{(your_conduct|your_conduct_linked|conduct_linked)\}/)
        others = text.scan(/%\{(\w+)\}/).flatten.to_h { [_1.to_sym, "…"] }
        [key, I18n.interpolate(text, others.merge(values))]
      end
    expect(worded.size).to be >= 20
    worded.each do |key, text|
      expect(text).to match(/(your conduct|what happened) in “the \\#infra Matrix room”/), key
      expect(text).not_to include("()"), key
    end
  end

  it "keeps the link to the post for a case about one" do
    mediation_case = ask_for_help
    values = described_class.body_values(mediation_case)
    expect(values[:your_conduct_linked]).to eq(
      "[your post in “#{mediation_case.topic_title}”](#{post.full_url})",
    )
    expect(values[:conduct_linked]).to eq(
      "a post in [#{mediation_case.topic_title}](#{post.full_url})",
    )
  end

  it "words the notice and the invitation about a post as they were before cases elsewhere" do
    mediation_case = ask_for_help
    values = described_class.body_values(mediation_case)
    notifications = I18n.t("discourse_mediation.notifications")
    worded = ->(key) do
      others = notifications[key].scan(/%\{(\w+)\}/).flatten.to_h { [_1.to_sym, "…"] }
      I18n.interpolate(notifications[key], others.merge(values))
    end
    link = "[#{mediation_case.topic_title}](#{post.full_url})"
    expect(worded.(:notice_body)).to include(
      "tried to help with a discussion in #{link}, and it did not resolve. " \
        "They have written a report about your post there.",
    )
    expect(worded.(:invitation_body)).to include(
      "The mediators' report on a discussion in #{link} names you as someone affected by it.",
    )
    expect(worded.(:new_case_body)).to include(
      "Open the discussion, read it with care, and [claim the case]",
    )
  end

  it "names a post that has no address any more without an empty link" do
    mediation_case = ask_for_help
    values = described_class.body_values(mediation_case, post_url: "")
    title = mediation_case.topic_title
    expect(values).to include(
      your_conduct_linked: "your post in “#{title}”",
      conduct_linked: "a post in “#{title}”",
      discussion_linked: "a discussion in “#{title}”",
    )
  end

  it "keeps an @mention, a link or an emoji in where it happened from coming alive" do
    mediation_case = open_elsewhere_case
    mediation_case.update!(conduct_where: "@moderators at https://evil.example :poop:")
    expect(described_class.body_values(mediation_case)[:your_conduct_linked]).to eq(
      "your conduct in “@\u2060moderators at https:\u2060//evil.example :\u2060poop:\u2060” " \
        "on November 30, 2026",
    )
  end

  it "needs where and when for a case outside the forum, and words a day gone missing" do
    mediation_case = DiscourseMediation::MediationCase.new(conduct_place: "elsewhere")
    expect(mediation_case).not_to be_valid
    expect(mediation_case.errors.attribute_names).to include(:conduct_where, :conduct_on)

    mediation_case = open_elsewhere_case
    mediation_case.update_columns(conduct_on: nil)
    expect(described_class.title_values(mediation_case.reload)[:your_conduct]).to eq(
      "your conduct in “#{ElsewhereCase::WHERE}” on a day not recorded",
    )
  end
end

# The report topic cites uploads by core's short address, whatever their
# extension says.
RSpec.describe DiscourseMediation::ReportTopic::Elsewhere do
  it "writes an upload whose extension is not a plain one without it" do
    odd = Fabricate(:upload, extension: "x](//e.co)", original_filename: "said.pdf")
    expect(described_class.upload_values(odd, 1)[:file]).to eq(
      "[evidence 1|attachment](upload://#{odd.base62_sha1})",
    )
    plain = Fabricate(:upload, extension: "PDF")
    expect(described_class.upload_values(plain, 2)[:file]).to eq(
      "[evidence 2.pdf|attachment](#{plain.short_url})",
    )
  end
end
