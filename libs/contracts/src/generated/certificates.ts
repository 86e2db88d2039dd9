import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption';
import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from './siapkerja/certification/v1/Certificate';
import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from './siapkerja/certification/v1/CertificateHolder';
import type { CertificateStatusChange as _siapkerja_certification_v1_CertificateStatusChange, CertificateStatusChange__Output as _siapkerja_certification_v1_CertificateStatusChange__Output } from './siapkerja/certification/v1/CertificateStatusChange';
import type { CertificateVerification as _siapkerja_certification_v1_CertificateVerification, CertificateVerification__Output as _siapkerja_certification_v1_CertificateVerification__Output } from './siapkerja/certification/v1/CertificateVerification';
import type { GetCertificateRequest as _siapkerja_certification_v1_GetCertificateRequest, GetCertificateRequest__Output as _siapkerja_certification_v1_GetCertificateRequest__Output } from './siapkerja/certification/v1/GetCertificateRequest';
import type { IssueCertificateRequest as _siapkerja_certification_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _siapkerja_certification_v1_IssueCertificateRequest__Output } from './siapkerja/certification/v1/IssueCertificateRequest';
import type { ListCertificatesRequest as _siapkerja_certification_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _siapkerja_certification_v1_ListCertificatesRequest__Output } from './siapkerja/certification/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _siapkerja_certification_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _siapkerja_certification_v1_ListCertificatesResponse__Output } from './siapkerja/certification/v1/ListCertificatesResponse';
import type { ReinstateCertificateRequest as _siapkerja_certification_v1_ReinstateCertificateRequest, ReinstateCertificateRequest__Output as _siapkerja_certification_v1_ReinstateCertificateRequest__Output } from './siapkerja/certification/v1/ReinstateCertificateRequest';
import type { RevokeCertificateRequest as _siapkerja_certification_v1_RevokeCertificateRequest, RevokeCertificateRequest__Output as _siapkerja_certification_v1_RevokeCertificateRequest__Output } from './siapkerja/certification/v1/RevokeCertificateRequest';
import type { SuspendCertificateRequest as _siapkerja_certification_v1_SuspendCertificateRequest, SuspendCertificateRequest__Output as _siapkerja_certification_v1_SuspendCertificateRequest__Output } from './siapkerja/certification/v1/SuspendCertificateRequest';
import type { VerifiedHolder as _siapkerja_certification_v1_VerifiedHolder, VerifiedHolder__Output as _siapkerja_certification_v1_VerifiedHolder__Output } from './siapkerja/certification/v1/VerifiedHolder';
import type { VerifiedScheme as _siapkerja_certification_v1_VerifiedScheme, VerifiedScheme__Output as _siapkerja_certification_v1_VerifiedScheme__Output } from './siapkerja/certification/v1/VerifiedScheme';
import type { VerifyCertificateRequest as _siapkerja_certification_v1_VerifyCertificateRequest, VerifyCertificateRequest__Output as _siapkerja_certification_v1_VerifyCertificateRequest__Output } from './siapkerja/certification/v1/VerifyCertificateRequest';
import type { Input as _siapkerja_rest_v1_Input, Input__Output as _siapkerja_rest_v1_Input__Output } from './siapkerja/rest/v1/Input';
import type { InputFieldDoc as _siapkerja_rest_v1_InputFieldDoc, InputFieldDoc__Output as _siapkerja_rest_v1_InputFieldDoc__Output } from './siapkerja/rest/v1/InputFieldDoc';
import type { Route as _siapkerja_rest_v1_Route, Route__Output as _siapkerja_rest_v1_Route__Output } from './siapkerja/rest/v1/Route';
import type { Rules as _siapkerja_rest_v1_Rules, Rules__Output as _siapkerja_rest_v1_Rules__Output } from './siapkerja/rest/v1/Rules';
import type { ServiceRoutes as _siapkerja_rest_v1_ServiceRoutes, ServiceRoutes__Output as _siapkerja_rest_v1_ServiceRoutes__Output } from './siapkerja/rest/v1/ServiceRoutes';
import type { View as _siapkerja_rest_v1_View, View__Output as _siapkerja_rest_v1_View__Output } from './siapkerja/rest/v1/View';
import type { ViewField as _siapkerja_rest_v1_ViewField, ViewField__Output as _siapkerja_rest_v1_ViewField__Output } from './siapkerja/rest/v1/ViewField';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  siapkerja: {
    certification: {
      v1: {
        Certificate: MessageTypeDefinition<_siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_Certificate__Output>
        CertificateHolder: MessageTypeDefinition<_siapkerja_certification_v1_CertificateHolder, _siapkerja_certification_v1_CertificateHolder__Output>
        CertificateStatus: EnumTypeDefinition
        CertificateStatusChange: MessageTypeDefinition<_siapkerja_certification_v1_CertificateStatusChange, _siapkerja_certification_v1_CertificateStatusChange__Output>
        CertificateVerification: MessageTypeDefinition<_siapkerja_certification_v1_CertificateVerification, _siapkerja_certification_v1_CertificateVerification__Output>
        GetCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetCertificateRequest, _siapkerja_certification_v1_GetCertificateRequest__Output>
        IssueCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_IssueCertificateRequest, _siapkerja_certification_v1_IssueCertificateRequest__Output>
        ListCertificatesRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesRequest, _siapkerja_certification_v1_ListCertificatesRequest__Output>
        ListCertificatesResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesResponse, _siapkerja_certification_v1_ListCertificatesResponse__Output>
        ReinstateCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_ReinstateCertificateRequest, _siapkerja_certification_v1_ReinstateCertificateRequest__Output>
        RevokeCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_RevokeCertificateRequest, _siapkerja_certification_v1_RevokeCertificateRequest__Output>
        SuspendCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_SuspendCertificateRequest, _siapkerja_certification_v1_SuspendCertificateRequest__Output>
        VerifiedHolder: MessageTypeDefinition<_siapkerja_certification_v1_VerifiedHolder, _siapkerja_certification_v1_VerifiedHolder__Output>
        VerifiedScheme: MessageTypeDefinition<_siapkerja_certification_v1_VerifiedScheme, _siapkerja_certification_v1_VerifiedScheme__Output>
        VerifyCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCertificateRequest, _siapkerja_certification_v1_VerifyCertificateRequest__Output>
      }
    }
    rest: {
      v1: {
        Input: MessageTypeDefinition<_siapkerja_rest_v1_Input, _siapkerja_rest_v1_Input__Output>
        InputFieldDoc: MessageTypeDefinition<_siapkerja_rest_v1_InputFieldDoc, _siapkerja_rest_v1_InputFieldDoc__Output>
        Route: MessageTypeDefinition<_siapkerja_rest_v1_Route, _siapkerja_rest_v1_Route__Output>
        Rules: MessageTypeDefinition<_siapkerja_rest_v1_Rules, _siapkerja_rest_v1_Rules__Output>
        ServiceRoutes: MessageTypeDefinition<_siapkerja_rest_v1_ServiceRoutes, _siapkerja_rest_v1_ServiceRoutes__Output>
        View: MessageTypeDefinition<_siapkerja_rest_v1_View, _siapkerja_rest_v1_View__Output>
        ViewField: MessageTypeDefinition<_siapkerja_rest_v1_ViewField, _siapkerja_rest_v1_ViewField__Output>
      }
    }
  }
}

