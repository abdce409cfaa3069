# frozen_string_literal: true

module DiscourseMediation
  # The statement page: the person concerned and the people named as affected
  # read the report and respond before the vote.
  class StatementsController < ::ApplicationController
    include RunsCaseServices

    requires_plugin PLUGIN_NAME

    before_action :ensure_logged_in

    def show
      respond_to do |format|
        format.html { render "default/empty" }
        format.json do
          mediation_case = find_case
          # Not found, whether it does not exist or is not theirs to see yet.
          raise Discourse::NotFound if !guardian.can_see_mediation_statement_page?(mediation_case)
          render_page(mediation_case)
        end
      end
    end

    def create
      run(Statement::Submit)
    end

    def decline
      run(Statement::Decline) do
        on_failed_policy(:is_affected) do |_policy, mediation_case:|
          refuse_unless_shown(I18n.t("discourse_mediation.errors.not_affected"), mediation_case)
        end
      end
    end

    def request_extension
      run(Statement::RequestExtension) do
        on_failed_policy(:first_request) do
          render_json_error(
            I18n.t("discourse_mediation.errors.extension_already_requested"),
            status: 409,
          )
        end
      end
    end

    def waive
      run(Statement::Waive)
    end

    def answer
      run(Statement::Answer) do
        on_failed_policy(:answer_open) do
          render_json_error(I18n.t("discourse_mediation.errors.answer_closed"), status: 409)
        end
      end
    end

    def review_statement
      run(Statement::ReviewStatement) do
        on_failed_policy(:before_the_review) do
          render_json_error(
            I18n.t("discourse_mediation.errors.review_statement_closed"),
            status: 409,
          )
        end
      end
    end

    def answer_recommendation
      run(Statement::AnswerRecommendation) do
        on_model_not_found(:recommendation) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recommendations.not_found"),
            status: 404,
          )
        end
        on_failed_policy(:answer_open) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recommendations.answer_closed"),
            status: 409,
          )
        end
      end
    end

    def answer_reminder
      run(Statement::AnswerReminder) do
        on_failed_policy(:reminder_unanswered) do
          render_json_error(I18n.t("discourse_mediation.errors.reminder_answered"), status: 409)
        end
      end
    end

    def appeal
      run(Statement::Appeal) do
        on_failed_policy(:appeal_open) do |_policy, mediation_case:|
          render_json_error(
            I18n.t("discourse_mediation.errors.appeal_closed.#{mediation_case.appeal_refusal}"),
            status: 409,
          )
        end
      end
    end

    def answer_coaching_plan
      run_coaching(Case::AnswerCoachingPlan)
    end

    def write_coaching_summary
      run_coaching(Case::WriteCoachingSummary)
    end

    def request_recusal
      run(Statement::RequestRecusal) do
        on_failed_policy(:on_the_roll) do
          render_json_error(I18n.t("discourse_mediation.errors.recusal_not_a_voter"), status: 422)
        end
        on_failed_policy(:not_asked_yet) do
          render_json_error(
            I18n.t("discourse_mediation.errors.recusal_already_requested"),
            status: 409,
          )
        end
        on_failed_policy(:within_cap) { |policy| render_json_error(policy.reason, status: 422) }
      end
    end

    private

    def find_case(id = params[:case_id])
      MediationCase.includes(
        :topic,
        :post,
        :people,
        :help_requests,
        :ballot,
        { statements: :user },
        { recusal_requests: :voter },
        { report: :citations },
        { coaching: %i[coach check_ins] },
      ).find_by(id:)
    end

    def render_page(mediation_case)
      disclosure = CaseDisclosure.new(mediation_case, guardian.mediation_roles_on(mediation_case))
      render json: {
               statement_page:
                 serialize_data(mediation_case, StatementPageSerializer, root: false, disclosure:),
             }
    end

    def render_case_result(mediation_case)
      render_page(find_case(mediation_case.id))
    end

    # Someone who may not see the page learns nothing about the case, not even that it exists.
    def refuse_unless_shown(reason, mediation_case)
      raise Discourse::NotFound if !guardian.can_see_mediation_statement_page?(mediation_case)
      render_json_error(reason, status: 403)
    end

    def run_coaching(service)
      run(service) do
        on_failed_policy(:coaching_outcome) do |policy|
          render_json_error(policy.reason, status: 409)
        end
        on_failed_policy(:coaching_allows) do |policy|
          render_json_error(policy.reason, status: 409)
        end
      end
    end

    def run(service, &own_handlers)
      run_case_service(service) do
        on_failed_policy(:may_take) do |policy, mediation_case:|
          refuse_unless_shown(policy.reason, mediation_case)
        end
        on_failed_policy(:window_open) { |policy| render_json_error(policy.reason, status: 409) }
        on_failed_policy(:not_stated_yet) { |policy| render_json_error(policy.reason, status: 409) }
        instance_exec(&own_handlers) if own_handlers
      end
    end
  end
end
