# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/lifecycle"

RSpec.describe DiscourseMediation::Rules::Case::Lifecycle do
  let(:lifecycle) { described_class }

  # Every allowed move: [state before, event, a role that may take it, state after]
  allowed = [
    %i[requested claim mediator mediating],
    %i[requested claim moderator mediating],
    %i[requested assign mediator mediating],
    %i[requested assign moderator mediating],
    %i[mediating assign mediator mediating],
    %i[mediating assign moderator mediating],
    %i[requested withdraw requester withdrawn],
    %i[mediating withdraw requester withdrawn],
    %i[mediating resolve assigned_mediator resolved],
    %i[mediating resolve moderator resolved],
    %i[mediating escalate assigned_mediator report_draft],
    %i[mediating escalate moderator report_draft],
    %i[report_draft submit_report mediator awaiting_statements],
    %i[report_draft submit_report moderator awaiting_statements],
    %i[awaiting_statements open_vote system voting],
    %i[awaiting_statements open_vote subject voting],
    %i[voting close_ballot system decided],
    %i[decided implement moderator closed],
    %i[closed archive system archived],
    %i[closed archive moderator archived],
  ]

  describe ".transition" do
    allowed.each do |from, event, role, to|
      it "lets a #{role} #{event} a case that is #{from}, which becomes #{to}" do
        expect(lifecycle.transition(from:, event:, roles: [role])).to eq(to)
      end
    end

    roles = %i[member requester subject mediator assigned_mediator moderator system]

    # Every other (state, event, role) combination is refused, with the reason.
    described_class::STATES.each do |from|
      described_class::EVENTS.each do |event|
        roles.each do |role|
          next if allowed.any? { |a| a[0] == from && a[1] == event && a[2] == role }

          expected_reason =
            if described_class::TRANSITIONS[event].from.include?(from)
              :not_permitted
            else
              :wrong_state
            end

          it "refuses a #{role} who tries to #{event} a case that is #{from} (#{expected_reason})" do
            expect { lifecycle.transition(from:, event:, roles: [role]) }.to raise_error(
              described_class::RefusedTransition,
            ) { |error| expect(error.reason).to eq(expected_reason) }
          end
        end
      end
    end

    it "accepts state and event names as strings, as they come from the database" do
      expect(lifecycle.transition(from: "requested", event: "claim", roles: ["mediator"])).to eq(
        :mediating,
      )
    end

    it "allows the move when any one of several roles may take it" do
      expect(
        lifecycle.transition(from: :requested, event: :claim, roles: %i[requester mediator]),
      ).to eq(:mediating)
    end

    it "refuses an event it does not know" do
      expect {
        lifecycle.transition(from: :requested, event: :delete, roles: [:moderator])
      }.to raise_error(described_class::RefusedTransition) { |error|
        expect(error.reason).to eq(:unknown_event)
      }
    end

    it "refuses a state it does not know" do
      expect {
        lifecycle.transition(from: :lost, event: :claim, roles: [:mediator])
      }.to raise_error(described_class::RefusedTransition) { |error|
        expect(error.reason).to eq(:unknown_state)
      }
    end

    it "refuses when no role is given" do
      expect(lifecycle.allowed?(from: :requested, event: :claim, roles: [])).to eq(false)
    end
  end

  describe ".available_events" do
    it "offers a mediator claiming or assigning a new case" do
      expect(lifecycle.available_events(state: :requested, roles: [:mediator])).to eq(
        %i[claim assign],
      )
    end

    it "offers the assigned mediator resolving or escalating while mediating" do
      expect(
        lifecycle.available_events(state: :mediating, roles: %i[mediator assigned_mediator]),
      ).to eq(%i[assign resolve escalate])
    end

    it "offers another mediator only reassigning a case someone is mediating" do
      expect(lifecycle.available_events(state: :mediating, roles: [:mediator])).to eq([:assign])
    end

    it "offers a requester only withdrawing, and only before escalation" do
      expect(lifecycle.available_events(state: :mediating, roles: [:requester])).to eq([:withdraw])
      expect(lifecycle.available_events(state: :report_draft, roles: [:requester])).to eq([])
    end

    it "offers nothing on an archived case" do
      expect(lifecycle.available_events(state: :archived, roles: %i[moderator system])).to eq([])
    end
  end

  describe ".permit!" do
    {
      add_note: [described_class::STATES - [:archived], %i[mediator moderator]],
      manage_people: [%i[requested mediating report_draft], %i[mediator moderator]],
      step_in: [%i[mediating], %i[assigned_mediator moderator]],
      edit_report: [%i[report_draft], %i[assigned_mediator moderator]],
      attach_post: [%i[mediating report_draft], %i[assigned_mediator moderator]],
      add_evidence: [%i[mediating report_draft], %i[assigned_mediator moderator]],
      submit_statement: [%i[awaiting_statements], %i[subject affected]],
      request_extension: [%i[awaiting_statements], %i[subject]],
      decide_extension: [%i[awaiting_statements], %i[mediator moderator]],
      interim_suspend: [%i[report_draft awaiting_statements voting], %i[moderator]],
      review: [%i[closed archived], %i[moderator]],
      appeal: [%i[closed], %i[subject]],
      request_recusal: [%i[awaiting_statements], %i[subject]],
      decide_recusal: [%i[awaiting_statements], %i[moderator]],
      answer_statement: [%i[awaiting_statements voting], %i[subject]],
      answer_question: [%i[voting], %i[mediator moderator]],
      review_statement: [%i[closed archived], %i[subject]],
      answer_reminder: [%i[resolved], %i[subject]],
    }.each do |action, (states, roles)|
      described_class::STATES.each do |state|
        %i[member requester subject affected mediator assigned_mediator moderator].each do |role|
          if states.include?(state) && roles.include?(role)
            it "lets a #{role} #{action} on a case that is #{state}" do
              expect(lifecycle.permit!(action:, state:, roles: [role])).to be_nil
            end
          else
            reason = states.include?(state) ? :not_permitted : :wrong_state
            it "refuses a #{role} who tries to #{action} on a case that is #{state} (#{reason})" do
              expect { lifecycle.permit!(action:, state:, roles: [role]) }.to raise_error(
                described_class::RefusedTransition,
              ) { |error| expect(error.reason).to eq(reason) }
            end
          end
        end
      end
    end

    it "refuses an action it does not know" do
      expect {
        lifecycle.permit!(action: :delete_case, state: :mediating, roles: [:moderator])
      }.to raise_error(described_class::RefusedTransition) { |error|
        expect(error.reason).to eq(:unknown_event)
      }
    end
  end

  describe ".check!" do
    it "checks events and actions alike" do
      expect(lifecycle.check!(:claim, state: :requested, roles: [:mediator])).to eq(:mediating)
      expect(lifecycle.check!(:step_in, state: :mediating, roles: [:assigned_mediator])).to be_nil
      expect {
        lifecycle.check!("step_in", state: "requested", roles: ["assigned_mediator"])
      }.to raise_error(described_class::RefusedTransition) { |error|
        expect(error.reason).to eq(:wrong_state)
      }
    end
  end

  describe ".available_actions" do
    it "offers the assigned mediator every move of mediation" do
      expect(
        lifecycle.available_actions(state: :mediating, roles: %i[mediator assigned_mediator]),
      ).to eq(%i[assign resolve escalate add_note manage_people step_in attach_post add_evidence])
    end

    it "offers a mediator who is not assigned notes and people, not stepping in" do
      expect(lifecycle.available_actions(state: :mediating, roles: [:mediator])).to eq(
        %i[assign add_note manage_people],
      )
    end

    it "offers the subject a statement, one extension and a say in who votes while statements are awaited" do
      expect(lifecycle.available_actions(state: :awaiting_statements, roles: [:subject])).to eq(
        %i[open_vote submit_statement request_extension request_recusal answer_statement],
      )
    end

    it "offers an affected member only their statement" do
      expect(lifecycle.available_actions(state: :awaiting_statements, roles: [:affected])).to eq(
        [:submit_statement],
      )
    end

    it "offers a requester who is not a mediator nothing but withdrawing" do
      expect(lifecycle.available_actions(state: :requested, roles: [:requester])).to eq([:withdraw])
    end
  end

  describe ".ended?" do
    it "counts resolved, withdrawn, closed and archived cases as ended" do
      expect(described_class::STATES.select { |s| lifecycle.ended?(s) }).to eq(
        %i[resolved withdrawn closed archived],
      )
    end
  end

  describe ".open?" do
    it "counts every state from the request to the decision as open" do
      expect(described_class::STATES.select { |s| lifecycle.open?(s) }).to eq(
        %i[requested mediating report_draft awaiting_statements voting decided],
      )
    end
  end

  describe ".requester_status" do
    {
      requested: :waiting,
      mediating: :mediating,
      resolved: :resolved,
      withdrawn: :withdrawn,
      report_draft: :in_review,
      awaiting_statements: :in_review,
      voting: :in_review,
      decided: :in_review,
      closed: :concluded,
      archived: :concluded,
    }.each do |state, status|
      it "tells a requester '#{status}' while the case is #{state}" do
        expect(lifecycle.requester_status(state)).to eq(status)
      end
    end

    it "has a status for every state" do
      expect(described_class::REQUESTER_STATUS.keys).to match_array(described_class::STATES)
    end
  end
end

RSpec.describe DiscourseMediation::Rules::Case::Lifecycle, ".role_may? and .state_allows?" do
  it "asks about roles apart from the state, for events and actions" do
    expect(described_class.role_may?(:claim, roles: [:mediator])).to eq(true)
    expect(described_class.role_may?(:claim, roles: [:requester])).to eq(false)
    expect(described_class.role_may?(:step_in, roles: [:mediator])).to eq(false)
    expect(described_class.role_may?("step_in", roles: ["assigned_mediator"])).to eq(true)
    expect(described_class.role_may?(:unknown, roles: [:moderator])).to eq(false)
  end

  it "asks about the state apart from the roles, for events and actions" do
    expect(described_class.state_allows?(:claim, state: :requested)).to eq(true)
    expect(described_class.state_allows?(:claim, state: "mediating")).to eq(false)
    expect(described_class.state_allows?(:add_note, state: :closed)).to eq(true)
    expect(described_class.state_allows?(:add_note, state: :archived)).to eq(false)
    expect(described_class.state_allows?(:unknown, state: :requested)).to eq(false)
  end

  it "agrees with check! on every state, event or action, and role" do
    names = described_class::EVENTS + described_class::ACTIONS.keys
    roles = %i[member requester subject affected mediator assigned_mediator moderator system]
    described_class::STATES
      .product(names, roles)
      .each do |state, name, role|
        both = described_class.may?(name, state:, roles: [role])
        allowed =
          begin
            described_class.check!(name, state:, roles: [role])
            true
          rescue described_class::RefusedTransition
            false
          end
        expect(both).to eq(allowed), "#{role} #{name} in #{state}"
      end
  end
end
