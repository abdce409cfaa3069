# frozen_string_literal: true

require_relative "pg_helper"

# Who is shown what, role by role: the rules the serializers only map.
RSpec.describe "who sees what of a case" do
  before { configure_mediation }

  let(:named_requester) { Fabricate(:member) }
  let(:affected) { Fabricate(:member) }
  let!(:mediation_case) do
    opened = ask_for_help(by: member)
    ask_for_help(by: named_requester, consent_to_be_named: true)
    escalated = escalate(opened)
    succeed(
      DiscourseMediation::Case::AddPerson.call(
        params: {
          case_id: escalated.id,
          username: affected.username,
        },
        guardian: mediator.guardian,
      ),
    )
    succeed(
      DiscourseMediation::Case::AddNote.call(
        params: {
          case_id: escalated.id,
          raw: "Private note",
        },
        guardian: mediator.guardian,
      ),
    )
    submitted = submit_report(escalated, affected_user_ids: [affected.id])
    succeed(
      DiscourseMediation::Statement::RequestExtension.call(
        params: {
          case_id: submitted.id,
          reason: "Family illness",
        },
        guardian: author.guardian,
      ),
    )
    DiscourseMediation::MediationCase.includes(:notes, events: :user, help_requests: :user).find(
      submitted.id,
    )
  end

  def disclosure_for(user)
    DiscourseMediation::CaseDisclosure.new(
      mediation_case,
      user.guardian.mediation_roles_on(mediation_case),
    )
  end

  describe DiscourseMediation::CaseDisclosure do
    it "names on the requester list only the requester who agreed" do
      named = mediation_case.help_requests.map { disclosure_for(mediator).requester_user(_1)&.id }
      expect(named).to eq([nil, named_requester.id])
    end

    it "keeps a requester who did not agree unnamed on the timeline, and names the mediators' own steps" do
      actors =
        mediation_case.events.map { [_1.action, disclosure_for(moderator).timeline_actor(_1)&.id] }
      expect(actors).to include(
        ["case_opened", nil],
        ["request_added", named_requester.id],
        ["claim", mediator.id],
      )
      expect(actors.map(&:last)).not_to include(member.id)
    end

    it "shows mediators' notes to mediators and staff only" do
      expect(disclosure_for(other_mediator).notes.map(&:raw)).to eq(["Private note"])
      expect(disclosure_for(moderator).notes.map(&:raw)).to eq(["Private note"])
      [author, affected, member, named_requester].each do |user|
        expect(disclosure_for(user).notes).to be_empty
      end
    end

    it "shows why more time was asked to the person concerned and the mediators, not to affected people" do
      expect(disclosure_for(author).extension_reason).to eq("Family illness")
      expect(disclosure_for(mediator).extension_reason).to eq("Family illness")
      expect(disclosure_for(affected).extension_reason).to be_nil
      expect(disclosure_for(member).extension_reason).to be_nil
    end
  end

  describe DiscourseMediation::StatementPageSerializer do
    def page_for(user)
      described_class.new(
        mediation_case,
        scope: user.guardian,
        root: false,
        disclosure: disclosure_for(user),
      ).as_json
    end

    it "shows the person concerned every statement the voters will read, with who gave it, and nobody else's to the affected" do
      succeed(
        DiscourseMediation::Statement::Submit.call(
          params: {
            case_id: mediation_case.id,
            raw: "It hurt",
          },
          guardian: affected.guardian,
        ),
      )
      heard = page_for(author)[:case_file][:statements]
      expect(heard.map { [_1[:raw], _1[:role], _1[:user][:username]] }).to eq(
        [["It hurt", "affected", affected.username]],
      )

      succeed(
        DiscourseMediation::Statement::Submit.call(
          params: {
            case_id: mediation_case.id,
            raw: "My side",
          },
          guardian: author.guardian,
        ),
      )
      expect(page_for(affected)[:case_file]).to be_nil
      expect(page_for(affected)[:affected_closes_at]).to eq(
        mediation_case.reload.affected_closes_at,
      )
      expect(page_for(author)[:affected_closes_at]).to be_nil
    end

    it "gives the person concerned their own page, with their reason for more time" do
      page = page_for(author)
      expect(page).to include(
        role: "subject",
        can_submit: true,
        can_decline: false,
        limits: {
          statement: 10_000,
          review_statement: 2000,
          reminder_answer: 2000,
          recommendation_answer: 2000,
        },
      )
      expect(page[:window][:extension_reason]).to eq("Family illness")
      expect(page[:report][:citations].map { _1[:key] }).to eq(["personal-attacks"])
      expect(page[:report]).not_to include(:affected_user_ids)
    end

    it "lets an affected person respond or decline, without the other's reason" do
      page = page_for(affected)
      expect(page).to include(role: "affected", can_submit: true, can_decline: true)
      expect(page[:window][:extension_reason]).to be_nil
      expect(page[:window][:extension_requested_at]).to be_present
    end

    it "shows a statement back to its author only" do
      succeed(
        DiscourseMediation::Statement::Submit.call(
          params: {
            case_id: mediation_case.id,
            raw: "It hurt",
          },
          guardian: affected.guardian,
        ),
      )
      expect(page_for(affected)[:my_statement]).to include(raw: "It hurt", role: "affected")
      expect(page_for(author)[:my_statement]).to be_nil
    end

    it "offers No action first, then only what the mediators recommended" do
      keys = page_for(author)[:possible_outcomes].map { _1[:key] }
      expect(keys.first).to eq(DiscourseMediation::LadderStep.in_order.first.key)
      expect(keys.drop(1)).to eq(
        mediation_case.report.recommended_keys & DiscourseMediation::LadderStep.in_order.map(&:key),
      )
    end
  end

  describe DiscourseMediation::CaseSerializer do
    def case_json_for(user)
      described_class.new(
        mediation_case,
        scope: user.guardian,
        root: false,
        disclosure: disclosure_for(user),
        history: [],
        mediators: [mediator],
      ).as_json
    end

    # Every user object anywhere in the JSON, however deep.
    def users_in(node)
      case node
      when Hash
        (node.key?(:username) ? [node] : []) + node.values.flat_map { users_in(_1) }
      when Array
        node.flat_map { users_in(_1) }
      else
        []
      end
    end

    it "never puts a requester who did not agree to be named anywhere in the case's JSON" do
      json = case_json_for(mediator)
      expect(users_in(json).map { _1[:id] }).not_to include(member.id)
      expect(json.to_json).not_to include(%("#{member.username}"))
      expect(users_in(json).map { _1[:id] }).to include(named_requester.id)
    end

    it "offers the extension decision to a moderator, never to the report's author" do
      expect(case_json_for(mediator)[:available_actions]).not_to include(:decide_extension)
      expect(case_json_for(moderator)[:available_actions]).to include(:decide_extension)
    end

    it "joins the report, its citations and the statement window as the editor reads them" do
      json = case_json_for(mediator)
      expect(json[:report]).to include(:cited_keys, :affected_user_ids)
      expect(json[:report][:citations].first).to include(key: "personal-attacks", version: 1)
      expect(json[:statement_window]).to include(extension_reason: "Family illness", open: true)
      expect(json[:published_list]).to eq([])
    end

    it "still shows the case once the author, an affected person and a note's writer have deleted their accounts" do
      succeed(
        DiscourseMediation::Statement::Submit.call(
          params: {
            case_id: mediation_case.id,
            raw: "It hurt",
          },
          guardian: affected.guardian,
        ),
      )
      json = nil
      User.where(id: [author.id, affected.id, mediator.id]).delete_all
      expect { json = case_json_for(moderator) }.not_to raise_error
      expect(json[:people]).to eq([])
      expect(json[:notes].map { _1[:user] }).to eq([nil])
      expect(json[:statements].map { _1[:user] }).to eq([nil])
      expect(json[:post][:author]).to be_nil
      expect(DiscourseMediation::ReportTopic.statements(mediation_case.reload)).to include(
        "a former member",
      )
    end

    it "tells the mediator about the topic's own timer, which a timed close would replace" do
      expect(case_json_for(mediator)[:cool_down_options][:existing_timer]).to be_nil
      mediation_case.topic.set_or_create_timer(TopicTimer.types[:close], 48, by_user: moderator)
      expect(case_json_for(mediator)[:cool_down_options][:existing_timer]).to include(kind: "close")
    end

    it "shows notes to mediators only" do
      expect(case_json_for(mediator)[:notes].map { _1[:raw] }).to eq(["Private note"])
      expect(case_json_for(author)[:notes]).to eq([])
    end
  end

  describe DiscourseMediation::BehaviourSerializer do
    let(:behaviour) { DiscourseMediation::Behaviour.current.first }

    it "gives earlier wordings to the admins' editor only" do
      expect(described_class.new(behaviour, root: false).as_json).not_to include(:versions)
      admin_json = described_class.new(behaviour, root: false, for_admin: true).as_json
      expect(admin_json[:versions].map { _1[:version] }).to eq([1])
    end
  end
end

RSpec.describe "who may look at ballots and the transparency report" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:ballot) { open_vote(ask_for_help).ballot }

  it "lets the voter groups and staff see the transparency report, nobody else" do
    expect(voter_list.first.guardian.can_see_mediation_transparency?).to eq(true)
    expect(moderator.guardian.can_see_mediation_transparency?).to eq(true)
    expect(member.guardian.can_see_mediation_transparency?).to eq(false)
    expect(Guardian.new.can_see_mediation_transparency?).to eq(false)
  end

  it "hides both when mediation is turned off" do
    SiteSetting.mediation_enabled = false
    expect(moderator.guardian.can_see_mediation_transparency?).to eq(false)
  end

  it "lets someone on the roll see their ballot after leaving the voter group" do
    GroupUser.where(user_id: voter_list.first.id, group_id: voters.id).delete_all
    voter = User.find(voter_list.first.id)
    expect(voter.guardian.can_see_mediation_transparency?).to eq(false)
    expect(voter.guardian.can_see_mediation_ballot?(ballot)).to eq(true)
    expect(member.guardian.can_see_mediation_ballot?(ballot)).to eq(false)
  end
end

RSpec.describe DiscourseMediation::Limits do
  it "sends the lengths the services and models accept" do
    expect(described_class.for_case).to eq(
      note: DiscourseMediation::CaseNote::MAX_LENGTH,
      outcome_note: DiscourseMediation::Case::Resolve::OUTCOME_NOTE_MAX_LENGTH,
      escalate_reason: DiscourseMediation::Case::Escalate::REASON_MAX_LENGTH,
      reminder_message: DiscourseMediation::Case::Resolve::REMINDER_MAX_LENGTH,
      answer: DiscourseMediation::Statement::MAX_LENGTH,
      attached_post_note: DiscourseMediation::AttachedPost::NOTE_MAX_LENGTH,
      attached_posts: DiscourseMediation::AttachedPost::MAX_PER_CASE,
      recommendation_text: DiscourseMediation::Rules::Record::Recommendation::TEXT_MAX_LENGTH,
      recommendation_space: DiscourseMediation::Rules::Record::Recommendation::SPACE_MAX_LENGTH,
      recommendation_spaces: DiscourseMediation::Rules::Record::Recommendation::MAX_SPACES,
      recommendations: DiscourseMediation::Rules::Record::Recommendation::MAX_PER_CASE,
      **described_class.for_evidence,
    )
    expect(described_class.for_evidence).to eq(
      evidence: DiscourseMediation::Rules::Case::Evidence::MAX_PER_CASE,
      evidence_note: DiscourseMediation::Rules::Case::Evidence::NOTE_MAX_LENGTH,
      evidence_quote: DiscourseMediation::Rules::Case::Evidence::QUOTE_MAX_LENGTH,
      evidence_link: DiscourseMediation::Rules::Case::Evidence::LINK_MAX_LENGTH,
      evidence_upload_kb: SiteSetting.mediation_evidence_max_upload_kb,
      conduct_where: DiscourseMediation::Rules::Case::ConductPlace::WHERE_MAX_LENGTH,
      case_note: DiscourseMediation::CaseNote::MAX_LENGTH,
    )
    expect(described_class.for_ballot).to eq(
      question: DiscourseMediation::BallotQuestion::MAX_LENGTH,
    )
    expect(described_class.for_statement).to eq(
      statement: DiscourseMediation::Statement::MAX_LENGTH,
      review_statement: DiscourseMediation::Statement::ReviewStatement::MAX_LENGTH,
      reminder_answer: DiscourseMediation::Statement::AnswerReminder::MAX_LENGTH,
      recommendation_answer: DiscourseMediation::Rules::Record::Recommendation::ANSWER_MAX_LENGTH,
    )
  end
end

RSpec.describe "a case page, as a moderator reads it" do
  before { configure_mediation }

  def case_json(mediation_case)
    DiscourseMediation::CaseSerializer.new(
      mediation_case,
      scope: moderator.guardian,
      root: false,
      disclosure:
        DiscourseMediation::CaseDisclosure.new(
          mediation_case,
          moderator.guardian.mediation_roles_on(mediation_case),
        ),
      history: [],
      mediators: [],
    ).as_json
  end

  describe "what a moderator is offered to carry out" do
    let!(:voter_list) { add_voters(3) }
    let!(:mediation_case) do
      decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension formal_warning]))
    end

    it "offers the decided step with its own duration, then the less severe options of the ballot, never a more severe one" do
      implementation = case_json(mediation_case.reload)[:implementation]
      expect(implementation[:outcome][:key]).to eq("suspension")
      expect(implementation[:default_duration_days]).to eq(30)
      expect(implementation[:lenient_steps].map { _1[:outcome][:key] }).to eq(
        %w[formal_warning no_action],
      )
    end
  end

  describe "the requests" do
    it "come in the order they were made, the first made first when two share a moment" do
      freeze_time
      first = Fabricate(:member)
      second = Fabricate(:member)
      mediation_case = ask_for_help(by: first, consent_to_be_named: true)
      ask_for_help(by: second, consent_to_be_named: true)
      # An update writes the first request's row anew, after the second's: a
      # read that is not ordered by id would now meet the second first.
      DiscourseMediation::HelpRequest.where(user: first).update_all(updated_at: Time.zone.now)
      mediation_case.reload
      expect(mediation_case.help_requests.map(&:created_at).uniq.size).to eq(1)

      requesters = case_json(mediation_case)[:requesters]
      expect(requesters.map { _1[:user][:id] }).to eq([first.id, second.id])
    end
  end
end
