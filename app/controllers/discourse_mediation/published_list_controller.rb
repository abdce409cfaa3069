# frozen_string_literal: true

module DiscourseMediation
  # The public page of actionable behaviours and the ladder, and the admins'
  # editor for both.
  class PublishedListController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    before_action :ensure_admin, except: %i[show]

    def show
      respond_to do |format|
        format.html { render "default/empty" }
        format.json { render json: list_json(for_admin: false) }
      end
    end

    def admin_index
      respond_to do |format|
        format.html { render "default/empty" }
        format.json { render json: list_json(for_admin: true) }
      end
    end

    def create
      run(PublishedList::Create) do
        on_failed_policy(:key_is_new) do
          render_json_error(I18n.t("discourse_mediation.errors.behaviour_key_taken"), status: 409)
        end
        on_failed_step(:create_behaviour) { |step| render_json_error(step.error, status: 409) }
      end
    end

    def update
      run(PublishedList::Update)
    end

    def retire
      run(PublishedList::Retire)
    end

    def restore
      run(PublishedList::Restore)
    end

    def reorder
      run(PublishedList::Reorder) do
        on_failed_policy(:every_current_item_once) do
          render_json_error(
            I18n.t("discourse_mediation.errors.behaviour_keys_mismatch"),
            status: 422,
          )
        end
      end
    end

    def update_ladder
      run(LadderSteps::Replace) do
        on_failed_policy(:ladder_is_sound) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:live_options_kept) do |policy|
          render_json_error(policy.reason, status: 409)
        end
      end
    end

    private

    # The list and the ladder (`PublishedListPage` in lib/types/); admins also
    # get retired items and every item's earlier wordings.
    def list_json(for_admin:)
      behaviours =
        for_admin ? Behaviour.includes(:versions).order(:position, :id) : Behaviour.current
      {
        items: serialize_data(behaviours, BehaviourSerializer, for_admin:),
        ladder: serialize_data(LadderStep.in_order, LadderStepSerializer),
      }
    end

    # Every edit answers with the whole list as admins see it.
    def run(service, &own_handlers)
      service.call(service_params) do
        on_success { render json: list_json(for_admin: true) }
        on_failed_contract do |contract|
          render json: failed_json.merge(errors: contract.errors.full_messages),
                 status: :unprocessable_content
        end
        on_failed_policy(:is_admin) { raise Discourse::InvalidAccess }
        on_model_not_found(:behaviour) do
          render_json_error(I18n.t("discourse_mediation.errors.behaviour_not_found"), status: 404)
        end
        # Anything no handler names still gets an answer, never an empty 204.
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
        instance_exec(&own_handlers) if own_handlers
      end
    end
  end
end
