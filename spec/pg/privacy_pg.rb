# frozen_string_literal: true

require_relative "pg_helper"

# User text in the plugin's own posts and messages stays the user's: it cannot
# step out of its quote, forge the plugin's words, or turn into a link.
RSpec.describe "user text in the plugin's posts and messages" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }

  def lines_with(raw, text)
    # Split as a Markdown renderer does: every kind of line break ends a line.
    raw.split(DiscourseMediation::Markdown::LINE_BREAK).select { |line| line.include?(text) }
  end

  it "keeps a statement inside its quote in the voters' report topic, whatever its line breaks" do
    mediation_case = submit_report(ask_for_help)
    forged = "fine\r\r**Statement by @admin**: I take it all back\u2028**Outcome**: suspension"
    succeed(
      DiscourseMediation::Statement::Submit.call(
        params: {
          case_id: mediation_case.id,
          raw: forged,
        },
        guardian: author.guardian,
      ),
    )
    ballot = open_vote(mediation_case).ballot
    run_enqueued_jobs
    raw = ballot.reload.topic.posts.first.raw
    forged_lines =
      lines_with(raw, "I take it all back") + lines_with(raw, "Outcome\\*\\*: suspension")
    expect(forged_lines.size).to eq(2)
    expect(forged_lines).to all(start_with(">"))
  end

  it "keeps the report's own parts quoted too" do
    mediation_case = submit_report(ask_for_help, what_happened: "Insults\rCited items: none")
    ballot = open_vote(mediation_case).ballot
    run_enqueued_jobs
    expect(lines_with(ballot.reload.topic.posts.first.raw, "Cited items: none")).to all(
      start_with(">"),
    )
  end

  it "does not let a topic title become a link in the mediators' message" do
    topic.update!(title: "Hello](https://evil.example) [click")
    ask_for_help(message: "Look\r# I am a heading")
    run_enqueued_jobs
    raw = PostCreator.created.last[:post].raw
    expect(raw).not_to include("](https://evil.example)")
    expect(raw).to include("Hello\\]\\(https://evil.example\\)")
    expect(lines_with(raw, "# I am a heading")).to all(start_with(">"))
  end

  it "writes the title itself, unescaped, in message titles" do
    topic.update!(title: "Packaging [RFC] proposal")
    ask_for_help
    run_enqueued_jobs
    expect(Topic.find(PostCreator.created.last[:post].topic_id).title).to include(
      "Packaging [RFC] proposal",
    )
  end

  context "when the conduct happened outside the forum" do
    include ElsewhereCase

    let(:mediation_case) do
      open_elsewhere_case.tap do |opened|
        opened.update!(conduct_where: "Hello](https://evil.example) [click @moderators")
      end
    end

    it "does not let where it happened become a link or a mention, in messages or the report topic" do
      DiscourseMediation::Notices::NewRequest.new(mediation_case.help_requests.sole).notify
      [
        DiscourseMediation::Notices::FirstContact.raw(mediation_case),
        PostCreator.created.last[:post].raw,
        DiscourseMediation::ReportTopic::Elsewhere.in_question(mediation_case, author.username),
      ].each do |raw|
        expect(raw).not_to include("](https://evil.example)")
        expect(raw).not_to include("@moderators")
        expect(raw).to include(
          "Hello\\]\\(https:\u2060//evil.example\\) \\[click @\u2060moderators",
        )
      end
      expect(PostCreator.created.last[:opts][:title]).to include(
        "Hello](https://evil.example) [click @moderators",
      )
    end

    it "keeps quoted evidence and its notes inside their quotes, and links from leaving their address" do
      [
        { kind: "quote", quote: "fine\r**Outcome**: suspension", note: "Look\u2028# A heading" },
        { kind: "link", url: "https://example.org/a)(https://evil.example/b" },
      ].each do |piece|
        DiscourseMediation::Evidence.create!(mediation_case:, added_by: mediator, **piece)
      end
      raw = DiscourseMediation::ReportTopic::Elsewhere.evidence(mediation_case)
      expect(lines_with(raw, "Outcome\\*\\*: suspension")).to all(start_with(">"))
      expect(lines_with(raw, "# A heading")).to all(start_with(">"))
      expect(raw).to include("(https://example.org/a%29%28https://evil.example/b)")
      expect(raw).not_to include("a)(")
    end
  end

  it "keeps the moderators' reasons quoted in the outcome message" do
    mediation_case =
      decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension no_action]))
    succeed(
      DiscourseMediation::Case::Implement.call(
        params: {
          case_id: mediation_case.id,
          duration_days: 30,
          reason: "Repeated\r**The way back.** none",
        },
        guardian: moderator.guardian,
      ),
    )
    message = DiscourseMediation::Notices::Outcome.new(mediation_case.reload).subject_message
    expect(lines_with(message, "**The way back.** none")).to all(start_with(">"))
  end
end

RSpec.describe "who may see what, and who takes part" do
  before { configure_mediation }

  let!(:mediation_case) { ask_for_help }
  let(:affected) { Fabricate(:member) }

  describe "the statement page" do
    it "is hidden from the person concerned until the report is submitted and they are told" do
      expect(author.guardian.can_see_mediation_statement_page?(mediation_case)).to eq(false)
      escalate(mediation_case)
      expect(author.guardian.can_see_mediation_statement_page?(mediation_case.reload)).to eq(false)
      submit_report(mediation_case)
      expect(author.guardian.can_see_mediation_statement_page?(mediation_case.reload)).to eq(true)
    end

    it "is the mediators' at any time, and nobody else's" do
      expect(other_mediator.guardian.can_see_mediation_statement_page?(mediation_case)).to eq(true)
      submit_report(mediation_case)
      expect(member.guardian.can_see_mediation_statement_page?(mediation_case.reload)).to eq(false)
      expect(Guardian.new.can_see_mediation_statement_page?(mediation_case)).to eq(false)
      expect(member.guardian.can_see_mediation_statement_page?(nil)).to eq(false)
    end
  end

  describe "the ballot sent with a report topic" do
    let!(:voter_list) { add_voters(3) }

    it "is sent to those who may see the ballot, as each of them sees it, and to nobody else" do
      ballot = open_vote(mediation_case).ballot
      run_enqueued_jobs
      topic = ballot.reload.topic
      expect(
        DiscourseMediation::TopicMediation.new(topic).ballot(voter_list.first.guardian),
      ).to include(id: ballot.id, voter_status: "eligible", results: nil)
      expect(DiscourseMediation::TopicMediation.new(topic).ballot(moderator.guardian)).to include(
        id: ballot.id,
        voter_status: "not_a_voter",
      )
      expect(DiscourseMediation::TopicMediation.new(topic).ballot(member.guardian)).to be_nil
      expect(DiscourseMediation::TopicMediation.new(topic).ballot(Guardian.new)).to be_nil
      expect(
        DiscourseMediation::TopicMediation.new(Fabricate(:topic)).ballot(moderator.guardian),
      ).to be_nil
    end
  end

  it "never assigns a case to the system user" do
    result =
      DiscourseMediation::Case::Assign.call(
        params: {
          case_id: mediation_case.id,
          username: "system",
        },
        guardian: moderator.guardian,
      )
    expect(result).to fail_to_find_a_model(:assignee)
  end

  it "refuses a request that would join a case already beyond mediation, with a clear reason" do
    escalate(mediation_case)
    late =
      DiscourseMediation::HelpRequest::Create.call(
        params: {
          post_id: post.id,
          kind: "deescalate",
        },
        guardian: Fabricate(:member).guardian,
      )
    expect(late).to fail_a_policy(:case_still_mediating)
    expect(late["result.policy.case_still_mediating"].reason).to eq(
      I18n.t("discourse_mediation.errors.case_beyond_mediation"),
    )
    expect(mediation_case.help_requests.count).to eq(1)
  end

  it "still lets a request join a case that is being mediated" do
    claim(mediation_case)
    expect(ask_for_help(by: Fabricate(:member)).id).to eq(mediation_case.id)
  end
end

RSpec.describe "nobody decides or mediates a case they are part of" do
  before { configure_mediation }

  let(:mediating_member) { Fabricate(:member, groups: [mediators]) }
  let!(:mediation_case) { ask_for_help(by: mediating_member) }

  it "gives a mediator who asked for help no mediator role on that case" do
    claimed =
      DiscourseMediation::Case::Claim.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: mediating_member.guardian,
      )
    expect(claimed).to fail_a_policy(:may_take)
    assigned =
      DiscourseMediation::Case::Assign.call(
        params: {
          case_id: mediation_case.id,
          username: mediating_member.username,
        },
        guardian: moderator.guardian,
      )
    expect(assigned).to fail_a_policy(:assignee_mediates)
  end

  it "leaves the case out of their queue and its notes out of their reach" do
    claim(mediation_case)
    succeed(
      DiscourseMediation::Case::AddNote.call(
        params: {
          case_id: mediation_case.id,
          raw: "Private",
        },
        guardian: mediator.guardian,
      ),
    )
    queue = DiscourseMediation::QueueQuery.new(user: mediating_member, filter: :open, page: 0)
    expect(queue.page_cases).to be_empty
    expect(queue.counts[:open]).to eq(0)
    expect(
      DiscourseMediation::QueueQuery
        .new(user: other_mediator, filter: :open, page: 0)
        .page_cases
        .map(&:id),
    ).to eq([mediation_case.id])
    roles = mediating_member.guardian.mediation_roles_on(mediation_case.reload)
    expect(DiscourseMediation::CaseDisclosure.new(mediation_case, roles).notes).to be_empty
  end

  it "does the same for the person concerned when they are a mediator" do
    GroupUser.create!(group: mediators, user: author)
    author.reload
    expect(author.guardian.mediation_roles_on(mediation_case)).to eq([:subject])
  end

  describe "the roll" do
    let(:affected) { Fabricate(:member, groups: [voters]) }
    let(:note_writer) { Fabricate(:member, groups: [mediators, voters]) }
    let!(:voter_list) { add_voters(3) }

    it "recuses everyone who acted as the case's mediator, by id, and the people named as affected" do
      escalate(mediation_case)
      succeed(
        DiscourseMediation::Case::AddNote.call(
          params: {
            case_id: mediation_case.id,
            raw: "Seen",
          },
          guardian: note_writer.guardian,
        ),
      )
      succeed(
        DiscourseMediation::Case::AddPerson.call(
          params: {
            case_id: mediation_case.id,
            username: affected.username,
          },
          guardian: mediator.guardian,
        ),
      )
      GroupUser.create!(group: voters, user: mediator)
      mediator.update!(username: "renamed_mediator")
      submitted = submit_report(mediation_case, affected_user_ids: [affected.id])
      succeed(decide_recusal(submitted, submitted.recusal_requests.first))
      ballot = open_vote(submitted).ballot
      expect(ballot.voters.pluck(:user_id)).to match_array(voter_list.map(&:id))
      expect(DiscourseMediation::BallotView.for(ballot, affected)).to include(
        recusal_reason: "affected",
      )
      expect(DiscourseMediation::BallotView.for(ballot, note_writer)).to include(
        recusal_reason: "mediator",
      )
    end

    it "recuses a mediator assigned under a name they later changed" do
      assignee = Fabricate(:member, groups: [mediators, voters])
      succeed(
        DiscourseMediation::Case::Assign.call(
          params: {
            case_id: mediation_case.id,
            username: assignee.username,
          },
          guardian: moderator.guardian,
        ),
      )
      succeed(
        DiscourseMediation::Case::Assign.call(
          params: {
            case_id: mediation_case.id,
            username: mediator.username,
          },
          guardian: moderator.guardian,
        ),
      )
      assignee.update!(username: "someone_else")
      expect(mediation_case.reload.mediator_ids).to include(assignee.id)
    end
  end
end
